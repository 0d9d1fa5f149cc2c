import { adminMessages as m } from '../../messages';
import { SmallButton } from '../../../../ui/small-button';

/** "Bearbeiten" and "Löschen" of a table row; the accessible names include the row's name. */
export function RowActions({ name, onEdit, onDelete }: { name: string; onEdit: () => void; onDelete: () => void }) {
  return (
    <div className="button-row">
      <SmallButton aria-label={m.editFor(name)} onClick={onEdit}>
        {m.edit}
      </SmallButton>
      <SmallButton tone="danger" aria-label={m.deleteFor(name)} onClick={onDelete}>
        {m.delete}
      </SmallButton>
    </div>
  );
}
