import { adminMessages as m } from '../../messages';

/** "Bearbeiten" and "Löschen" of a table row; the accessible names include the row's name. */
export function RowActions({ name, onEdit, onDelete }: { name: string; onEdit: () => void; onDelete: () => void }) {
  return (
    <div className="button-row">
      <button type="button" className="button button--secondary button--small" aria-label={m.editFor(name)} onClick={onEdit}>
        {m.edit}
      </button>
      <button type="button" className="button button--danger button--small" aria-label={m.deleteFor(name)} onClick={onDelete}>
        {m.delete}
      </button>
    </div>
  );
}
