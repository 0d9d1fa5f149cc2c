import { Dialog } from '../../../../ui/dialog';
import { uiMessages } from '../../../../ui/messages';
import { adminMessages as m } from '../../messages';

/** Props of ConfirmDeleteDialog. */
export interface ConfirmDeleteDialogProps {
  open: boolean;
  title: string;
  question: string;
  busy: boolean;
  /** Why the deletion failed, e.g. "still used by 3 articles". */
  error: string | null;
  /** What stands in the way, listed under the error (e.g. the articles using a document). */
  blockers?: readonly string[];
  blockersLabel?: string;
  onConfirm: () => void;
  onClose: () => void;
}

/** "Wirklich löschen?" with the reason shown in the dialog when the API refuses. */
export function ConfirmDeleteDialog({
  open,
  title,
  question,
  busy,
  error,
  blockers = [],
  blockersLabel,
  onConfirm,
  onClose,
}: ConfirmDeleteDialogProps) {
  return (
    <Dialog open={open} title={title} onClose={onClose}>
      <p>{question}</p>
      {error && (
        <div className="alert alert--error" role="alert">
          <p>{error}</p>
          {blockers.length > 0 && (
            <ul aria-label={blockersLabel}>
              {blockers.map((blocker, index) => (
                <li key={index}>{blocker}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      <div className="button-row">
        <button type="button" className="button button--danger" disabled={busy} onClick={onConfirm}>
          {busy ? m.deleting : m.delete}
        </button>
        {/* Focus starts on the harmless choice. */}
        <button type="button" className="button button--secondary" onClick={onClose} data-autofocus="">
          {error ? uiMessages.close : uiMessages.cancel}
        </button>
      </div>
    </Dialog>
  );
}
