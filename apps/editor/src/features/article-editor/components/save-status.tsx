import type { SaveStatus } from '../autosave-state';
import { editorMessages as m } from '../messages';

const TONE: Record<SaveStatus, string> = {
  saved: 'success',
  partial: 'warning',
  dirty: 'neutral',
  saving: 'info',
  error: 'danger',
  conflict: 'danger',
};

/** "Gespeichert" / "Nicht gespeichert" / "Speichert …", announced politely. */
export function SaveStatusIndicator({ status }: { status: SaveStatus }) {
  return (
    <p className={`save-status badge badge--${TONE[status]}`} role="status" data-testid="save-status" data-status={status}>
      {m.status[status]}
    </p>
  );
}
