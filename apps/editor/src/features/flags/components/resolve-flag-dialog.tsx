import { ArticleLimits, type FlagView } from '@bsc/domain';
import { useState, type FormEvent } from 'react';
import { Dialog } from '../../../ui/dialog';
import { ErrorAlert } from '../../../ui/error-alert';
import { FormActions, TextAreaField, TextField } from '../../../ui/form-field';
import { useFocusFirstError } from '../../../ui/use-focus-first-error';
import { feedbackMessages } from '../../feedback/messages';
import { parseFixedVersion } from '../fixed-version';
import { useResolveFlag } from '../hooks/use-flags';
import { flagMessages as m } from '../messages';

/** Props of ResolveFlagDialog. */
export interface ResolveFlagDialogProps {
  /** The flag to resolve; null keeps the dialog closed. */
  flag: FlagView | null;
  onClose: () => void;
  onResolved: (flag: FlagView) => void;
}

function ResolveFlagForm({ flag, onClose, onResolved }: ResolveFlagDialogProps & { flag: FlagView }) {
  const [note, setNote] = useState('');
  const [versionText, setVersionText] = useState('');
  const [checked, setChecked] = useState(false);
  const [formRef, focusFirstError] = useFocusFirstError();
  const resolve = useResolveFlag(() => onResolved(flag));
  const version = parseFixedVersion(versionText);
  const noteMissing = note.trim() === '';

  function submit(event: FormEvent) {
    event.preventDefault();
    setChecked(true);
    if (noteMissing || !version.valid) return focusFirstError();
    resolve.mutate({ id: flag.id, request: { note: note.trim(), fixedInVersion: version.version } });
  }

  return (
    <form className="form" onSubmit={submit} noValidate ref={formRef}>
      <p>{m.flagSummary(flag.articleTitle, feedbackMessages.reason[flag.reason])}</p>
      {flag.comment && <blockquote className="flag-comment">{flag.comment}</blockquote>}
      {resolve.isError && <ErrorAlert error={resolve.error} />}
      <TextAreaField
        label={m.noteLabel}
        value={note}
        onChange={setNote}
        maxLength={ArticleLimits.commentMax}
        hint={m.noteHint}
        required
        dialogFocus
        error={checked && noteMissing ? m.noteRequired : null}
      />
      <TextField
        label={m.versionLabel}
        value={versionText}
        onChange={setVersionText}
        inputMode="numeric"
        hint={m.versionHint}
        error={checked && !version.valid ? m.versionInvalid : null}
      />
      <FormActions submitLabel={m.submit} busyLabel={m.submitting} busy={resolve.isPending} onCancel={onClose} />
    </form>
  );
}

/** "Meldung erledigen": a note for the agent and optionally the version with the fix. */
export function ResolveFlagDialog({ flag, onClose, onResolved }: ResolveFlagDialogProps) {
  return (
    <Dialog open={flag !== null} title={m.dialogTitle} onClose={onClose}>
      {flag && <ResolveFlagForm key={flag.id} flag={flag} onClose={onClose} onResolved={onResolved} />}
    </Dialog>
  );
}
