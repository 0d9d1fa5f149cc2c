import { ArticleLimits } from '@bsc/domain';
import { useState, type FormEvent } from 'react';
import { Dialog } from '../../../ui/dialog';
import { ErrorAlert } from '../../../ui/error-alert';
import { FormActions, TextAreaField } from '../../../ui/form-field';
import { editorMessages as m } from '../messages';

/** Props of SubmitDialog. */
export interface SubmitDialogProps {
  open: boolean;
  onClose: () => void;
  /** Saves pending changes and submits; rejects with the API error. */
  onSubmit: (changeNote: string) => Promise<void>;
}

function SubmitForm({ onClose, onSubmit }: Omit<SubmitDialogProps, 'open'>) {
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
    await onSubmit(note.trim()).catch((caught: unknown) => setError(caught));
    setBusy(false);
  }

  return (
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
      <FormActions submitLabel={m.submit} busyLabel={m.submitting} busy={busy} onCancel={onClose} />
    </form>
  );
}

/** Asks for the required change note, then submits the draft for review. */
export function SubmitDialog({ open, onClose, onSubmit }: SubmitDialogProps) {
  return (
    <Dialog open={open} title={m.submitTitle} onClose={onClose}>
      <SubmitForm onClose={onClose} onSubmit={onSubmit} />
    </Dialog>
  );
}
