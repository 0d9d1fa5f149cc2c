import { ArticleLimits, FLAG_REASONS, type FlagReason } from '@bsc/domain';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Dialog } from '../../../ui/dialog';
import { ErrorAlert } from '../../../ui/error-alert';
import { createFlag } from '../api/flags-api';
import { feedbackMessages as m } from '../messages';

/** Props of FlagDialog. */
export interface FlagDialogProps {
  articleId: string;
  open: boolean;
  onClose: () => void;
  onSent: () => void;
}

/** "Melden": reason and comment, sent to the owning department. */
export function FlagDialog({ articleId, open, onClose, onSent }: FlagDialogProps) {
  const [reason, setReason] = useState<FlagReason>('outdated');
  const [comment, setComment] = useState('');
  const mutation = useMutation({
    mutationFn: () => createFlag(articleId, { reason, comment: comment.trim() }),
    onSuccess: () => {
      setComment('');
      mutation.reset();
      onSent();
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    mutation.mutate();
  }

  return (
    <Dialog open={open} title={m.dialogTitle} onClose={onClose}>
      <form className="form" onSubmit={submit}>
        <p>{m.intro}</p>
        {mutation.isError && <ErrorAlert error={mutation.error} />}
        <fieldset className="radio-group">
          <legend>{m.reasonLegend}</legend>
          {FLAG_REASONS.map((value) => (
            <label key={value} className="radio">
              <input
                type="radio"
                name="flag-reason"
                value={value}
                checked={reason === value}
                onChange={() => setReason(value)}
                data-autofocus={reason === value ? '' : undefined}
              />
              {m.reason[value]}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor="flag-comment">{m.commentLabel}</label>
          <textarea
            id="flag-comment"
            rows={4}
            maxLength={ArticleLimits.commentMax}
            value={comment}
            aria-describedby="flag-comment-hint"
            onChange={(event) => setComment(event.target.value)}
          />
          <p id="flag-comment-hint" className="field__hint">
            {m.commentHint}
          </p>
        </div>
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={mutation.isPending}>
            {mutation.isPending ? m.submitting : m.submit}
          </button>
          <button type="button" className="button button--secondary" onClick={onClose}>
            {m.cancel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
