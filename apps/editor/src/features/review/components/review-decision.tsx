import { ArticleLimits } from '@bsc/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { ErrorAlert } from '../../../ui/error-alert';
import { TextAreaField, TextField } from '../../../ui/form-field';
import { approveDraft, articleKeys, rejectDraft } from '../../articles/api/articles-api';
import { reviewMessages as m } from '../messages';
import { localDateTimeToIso } from '../review-rules';
import { useFocusFirstError } from '../../../ui/use-focus-first-error';

/** Props of ReviewDecision. */
export interface ReviewDecisionProps {
  articleId: string;
  /** The current user wrote on this draft: approving is disabled with the reason shown. */
  ownDraft: boolean;
}

function useDecision<T>(articleId: string, action: (value: T) => Promise<unknown>) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: action,
    onSuccess: () => {
      // Leave first: refetching this page's diff would fail now that the draft is gone.
      queryClient.removeQueries({ queryKey: ['articles', articleId] });
      navigate('/freigaben', { state: { notice: m.decisionDone } });
      void queryClient.invalidateQueries({ queryKey: articleKeys.all });
    },
  });
}

function ApproveForm({ articleId, ownDraft }: ReviewDecisionProps) {
  const [publishAt, setPublishAt] = useState('');
  const approve = useDecision(articleId, (at: string | null) => approveDraft(articleId, at ? { publishAt: at } : {}));
  function submit(event: FormEvent) {
    event.preventDefault();
    if (!ownDraft) approve.mutate(localDateTimeToIso(publishAt));
  }
  return (
    <form className="form card" onSubmit={submit} aria-labelledby="approve-title">
      <h2 id="approve-title">{m.approveTitle}</h2>
      {approve.isError && <ErrorAlert error={approve.error} />}
      <TextField
        label={m.publishAtLabel}
        type="datetime-local"
        value={publishAt}
        disabled={ownDraft}
        hint={m.publishAtHint}
        onChange={setPublishAt}
      />
      {ownDraft && (
        <p id="self-approval-reason" className="notice notice--warning">
          {m.selfApproval}
        </p>
      )}
      <button
        type="submit"
        className="button button--primary"
        disabled={ownDraft || approve.isPending}
        aria-describedby={ownDraft ? 'self-approval-reason' : undefined}
      >
        {approve.isPending ? m.approving : m.approve}
      </button>
    </form>
  );
}

function RejectForm({ articleId }: { articleId: string }) {
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  const reject = useDecision(articleId, (text: string) => rejectDraft(articleId, text));
  const [formRef, focusFirstError] = useFocusFirstError();
  function submit(event: FormEvent) {
    event.preventDefault();
    setMissing(!comment.trim());
    if (!comment.trim()) return focusFirstError();
    reject.mutate(comment.trim());
  }
  return (
    <form className="form card" onSubmit={submit} aria-labelledby="reject-title" noValidate ref={formRef}>
      <h2 id="reject-title">{m.rejectTitle}</h2>
      {reject.isError && <ErrorAlert error={reject.error} />}
      <TextAreaField
        label={m.rejectCommentLabel}
        value={comment}
        onChange={setComment}
        maxLength={ArticleLimits.commentMax}
        required
        error={missing ? m.rejectCommentRequired : null}
      />
      <button type="submit" className="button button--danger" disabled={reject.isPending}>
        {reject.isPending ? m.rejecting : m.reject}
      </button>
    </form>
  );
}

/** Approve (optionally scheduled) or reject with a comment. */
export function ReviewDecision({ articleId, ownDraft }: ReviewDecisionProps) {
  return (
    <div className="review-decision">
      <ApproveForm articleId={articleId} ownDraft={ownDraft} />
      <RejectForm articleId={articleId} />
    </div>
  );
}
