import { ArticleLimits, FLAG_REASONS, type FlagReason } from '@bsc/domain';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Dialog } from '../../../ui/dialog';
import { ErrorAlert } from '../../../ui/error-alert';
import { FormActions, TextAreaField } from '../../../ui/form-field';
import { createFlag } from '../api/flags-api';
import { feedbackMessages as m } from '../messages';

/** Props of FlagDialog. */
export interface FlagDialogProps {
  articleId: string;
  open: boolean;
  onClose: () => void;
  onSent: () => void;
}

function ReasonRadios({ value, onChange }: { value: FlagReason; onChange: (reason: FlagReason) => void }) {
  return (
    <fieldset className="radio-group">
      <legend>{m.reasonLegend}</legend>
      {FLAG_REASONS.map((reason) => (
        <label key={reason} className="radio">
          <input
            type="radio"
            name="flag-reason"
            value={reason}
            checked={value === reason}
            onChange={() => onChange(reason)}
            data-autofocus={value === reason ? '' : undefined}
          />
          {m.reason[reason]}
        </label>
      ))}
    </fieldset>
  );
}

function FlagForm({ articleId, onClose, onSent }: Omit<FlagDialogProps, 'open'>) {
  const [reason, setReason] = useState<FlagReason>('outdated');
  const [comment, setComment] = useState('');
  const send = useMutation({ mutationFn: () => createFlag(articleId, { reason, comment: comment.trim() }), onSuccess: onSent });

  function submit(event: FormEvent) {
    event.preventDefault();
    send.mutate();
  }

  return (
    <form className="form" onSubmit={submit}>
      <p>{m.intro}</p>
      {send.isError && <ErrorAlert error={send.error} />}
      <ReasonRadios value={reason} onChange={setReason} />
      <TextAreaField
        label={m.commentLabel}
        value={comment}
        onChange={setComment}
        maxLength={ArticleLimits.commentMax}
        hint={m.commentHint}
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
