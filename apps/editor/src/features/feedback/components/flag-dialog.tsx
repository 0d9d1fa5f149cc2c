import { ArticleLimits, FLAG_REASONS, FLAG_REASONS_NEEDING_COMMENT, flagCommentMissing, type FlagReason } from '@bsc/domain';
import { useMutation } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { hasErrorCode } from '../../../api/http';
import { Dialog } from '../../../ui/dialog';
import { ErrorAlert } from '../../../ui/error-alert';
import { FormActions, TextAreaField } from '../../../ui/form-field';
import { useFocusFirstError } from '../../../ui/use-focus-first-error';
import { createFlag } from '../api/flags-api';
import { feedbackMessages as m } from '../messages';

/** Props of FlagDialog. */
export interface FlagDialogProps {
  articleId: string;
  open: boolean;
  onClose: () => void;
  onSent: () => void;
}

// No reason is preselected: an agent who sends in a hurry must not report "veraltet" by default.
function ReasonRadios(props: { value: FlagReason | null; onChange: (reason: FlagReason) => void; error: string | null }) {
  const errorId = useId();
  return (
    <fieldset className="radio-group" aria-describedby={props.error ? errorId : undefined}>
      <legend>{m.reasonLegend}</legend>
      {FLAG_REASONS.map((reason, index) => (
        <label key={reason} className="radio">
          <input
            type="radio"
            name="flag-reason"
            value={reason}
            checked={props.value === reason}
            onChange={() => props.onChange(reason)}
            aria-invalid={props.error ? true : undefined}
            // With nothing checked, Tab and the dialog land on the first reason, as the browser does.
            data-autofocus={(props.value === null ? index === 0 : props.value === reason) ? '' : undefined}
          />
          {m.reason[reason]}
        </label>
      ))}
      {props.error && (
        <p id={errorId} className="field__error">
          {props.error}
        </p>
      )}
    </fieldset>
  );
}

function FlagForm({ articleId, onClose, onSent }: Omit<FlagDialogProps, 'open'>) {
  const [reason, setReason] = useState<FlagReason | null>(null);
  const [comment, setComment] = useState('');
  const [checked, setChecked] = useState(false);
  const [formRef, focusFirstError] = useFocusFirstError();
  const send = useMutation({
    mutationFn: (chosen: FlagReason) => createFlag(articleId, { reason: chosen, comment: comment.trim() }),
    onSuccess: onSent,
    onError: focusFirstError,
  });
  const commentNeeded = reason !== null && FLAG_REASONS_NEEDING_COMMENT.includes(reason);
  const commentMissing = (reason !== null && flagCommentMissing(reason, comment)) || hasErrorCode(send.error, 'FLAG_COMMENT_REQUIRED');

  function submit(event: FormEvent) {
    event.preventDefault();
    setChecked(true);
    if (reason === null || flagCommentMissing(reason, comment)) return focusFirstError();
    send.mutate(reason);
  }

  return (
    <form className="form" onSubmit={submit} noValidate ref={formRef}>
      <p>{m.intro}</p>
      {send.isError && !hasErrorCode(send.error, 'FLAG_COMMENT_REQUIRED') && <ErrorAlert error={send.error} />}
      <ReasonRadios value={reason} onChange={setReason} error={checked && reason === null ? m.reasonRequired : null} />
      <TextAreaField
        label={commentNeeded ? m.commentLabelRequired : m.commentLabel}
        value={comment}
        onChange={setComment}
        maxLength={ArticleLimits.commentMax}
        hint={m.commentHint}
        required={commentNeeded}
        error={checked && commentMissing ? m.commentRequired : null}
      />
      <FormActions submitLabel={m.submit} busyLabel={m.submitting} busy={send.isPending} onCancel={onClose} />
    </form>
  );
}

/** "Melden": reason and comment, sent to the owning department. A fresh form each time it opens. */
export function FlagDialog({ articleId, open, onClose, onSent }: FlagDialogProps) {
  return (
    <Dialog open={open} title={m.dialogTitle} onClose={onClose}>
      <FlagForm articleId={articleId} onClose={onClose} onSent={onSent} />
    </Dialog>
  );
}
