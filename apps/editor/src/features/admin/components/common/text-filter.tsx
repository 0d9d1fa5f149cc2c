import { TextField } from '../../../../ui/form-field';

/** A client-side filter box above a long table. */
export function TextFilter({ label, value, onChange }: { label: string; value: string; onChange: (value: string) => void }) {
  return (
    <div className="text-filter">
      <TextField label={label} value={value} onChange={onChange} autoComplete="off" />
    </div>
  );
}
