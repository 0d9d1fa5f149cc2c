import { ArticleLimits } from '@bsc/domain';
import { useState, type FormEvent } from 'react';
import { Dialog } from '../../../ui/dialog';
import { ErrorAlert } from '../../../ui/error-alert';
import { FormActions, TextAreaField } from '../../../ui/form-field';
import { incompleteFields } from '../field-errors';
import { editorMessages as m } from '../messages';
import { useFocusFirstError } from '../../../ui/use-focus-first-error';

// A refused submit names the fields to fix; the fields themselves are marked in the form.
function SubmitError({ error }: { error: unknown }) {
  const fields = incompleteFields(error);
  if (fields.length === 0) return <ErrorAlert error={error} />;
  return (
    <div className="alert alert--error" role="alert">
      <p>{m.incompleteFields}</p>
      <ul>
        {fields.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </div>
  );
}

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
  const [formRef, focusFirstError] = useFocusFirstError();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setMissing(!note.trim());
    if (!note.trim()) return focusFirstError();
    setBusy(true);
    setError(null);
    await onSubmit(note.trim()).catch((caught: unknown) => setError(caught));
    setBusy(false);
  }

  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate ref={formRef}>
      {error !== null && <SubmitError error={error} />}
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
