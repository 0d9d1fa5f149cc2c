import { ArticleLimits } from '@bsc/domain';
import { useState, type FormEvent } from 'react';
import { Dialog } from '../../../ui/dialog';
import { ErrorAlert } from '../../../ui/error-alert';
import { TextAreaField } from '../../../ui/form-field';
import { editorMessages as m } from '../messages';

/** Props of SubmitDialog. */
export interface SubmitDialogProps {
  open: boolean;
  onClose: () => void;
  /** Saves pending changes and submits; rejects with the API error. */
  onSubmit: (changeNote: string) => Promise<void>;
}

/** Asks for the required change note, then submits the draft for review. */
export function SubmitDialog({ open, onClose, onSubmit }: SubmitDialogProps) {
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setMissing(!note.trim());
    if (!note.trim()) return;
    setBusy(true);
    setError(null);
    try {
      await onSubmit(note.trim());
      setNote('');
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog open={open} title={m.submitTitle} onClose={onClose}>
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        {error !== null && <ErrorAlert error={error} />}
        <TextAreaField
          label={m.changeNoteLabel}
          value={note}
          onChange={setNote}
          maxLength={ArticleLimits.changeNoteMax}
          hint={m.changeNoteHint}
          error={missing ? m.changeNoteRequired : null}
          required
        />
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? m.submitting : m.submit}
          </button>
          <button type="button" className="button button--secondary" onClick={onClose}>
            {m.cancel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
