import { useId, useState, type FormEvent } from 'react';
import { SelectField, TextField } from '../../../../ui/form-field';
import { AUDIT_ACTION_OPTIONS, type AuditFilters } from '../../audit/audit-filters';
import { adminMessages } from '../../messages';

const m = adminMessages.audit;
const EMPTY: AuditFilters = { actor: '', subject: '', action: '', title: '', from: '', to: '' };

function actionOptions(current: string): { value: string; label: string }[] {
  const options = [{ value: '', label: m.allActions }, ...AUDIT_ACTION_OPTIONS];
  // An action from an older bookmark stays selectable as it is stored.
  return current && !options.some((option) => option.value === current) ? [...options, { value: current, label: current }] : options;
}

/** Props of AuditFilterForm. */
export interface AuditFilterFormProps {
  value: AuditFilters;
  onApply: (filters: AuditFilters) => void;
}

function DateField({ label, value, onChange }: { label: string; value: string; onChange: (value: string) => void }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="date" lang="de" value={value} onChange={(event) => onChange(event.target.value)} />
    </div>
  );
}

/** Actor, subject, article title, action (by its German name) and a date range; applied on submit so typing does not query each key. */
export function AuditFilterForm({ value, onApply }: AuditFilterFormProps) {
  const [filters, setFilters] = useState(value);
  const set = (field: keyof AuditFilters) => (text: string) => setFilters((f) => ({ ...f, [field]: text }));

  function submit(event: FormEvent) {
    event.preventDefault();
    onApply(filters);
  }

  return (
    <form className="filter-form" onSubmit={submit} aria-label={m.filterTitle}>
      <TextField label={m.actor} value={filters.actor} onChange={set('actor')} maxLength={100} autoComplete="off" />
      <TextField label={m.subject} value={filters.subject} onChange={set('subject')} maxLength={100} autoComplete="off" />
      <TextField label={m.title} value={filters.title} onChange={set('title')} maxLength={200} autoComplete="off" />
      <SelectField label={m.action} value={filters.action} options={actionOptions(filters.action)} onChange={set('action')} />
      <DateField label={m.from} value={filters.from} onChange={set('from')} />
      <DateField label={m.to} value={filters.to} onChange={set('to')} />
      <div className="button-row">
        <button type="submit" className="button button--primary">
          {m.apply}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setFilters(EMPTY);
            onApply(EMPTY);
          }}
        >
          {m.reset}
        </button>
      </div>
    </form>
  );
}
