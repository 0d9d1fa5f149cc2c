import type { ArticleDetail } from '@bsc/domain';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { useCurrentUser } from '../../../app/auth-context';
import { ErrorAlert } from '../../../ui/error-alert';
import { Loading } from '../../../ui/page-loading';
import { articleKeys, getDiff } from '../../articles/api/articles-api';
import { articleMessages } from '../../articles/messages';
import { reviewMessages as m } from '../messages';
import { isOwnDraft } from '../review-rules';
import { FieldDiffView } from './field-diff-view';
import { ReviewDecision } from './review-decision';

function DraftDiff({ detail }: { detail: ArticleDetail }) {
  const from = detail.publishedVersion;
  const diff = useQuery({
    queryKey: articleKeys.diff(detail.id, from, 'draft'),
    queryFn: ({ signal }) => getDiff(detail.id, from, 'draft', signal),
  });
  return (
    <section aria-labelledby="diff-title">
      <h2 id="diff-title">{m.diffTitle}</h2>
      <p className="muted">{from !== null ? m.diffAgainst(from) : m.diffNew}</p>
      {diff.isPending && <Loading />}
      {diff.isError && <ErrorAlert error={diff.error} onRetry={() => void diff.refetch()} />}
      {diff.data && <FieldDiffView diffs={diff.data} />}
    </section>
  );
}

/** One submitted draft: change note, per-field diff, decision forms. */
export function ReviewView({ detail }: { detail: ArticleDetail }) {
  const user = useCurrentUser();
  const draft = detail.draft;
  return (
    <article className="page" aria-labelledby="review-title">
      <p>
        <Link to="/freigaben">
          <span aria-hidden="true">← </span>
          {m.backToQueue}
        </Link>
      </p>
      <h1 id="review-title">{m.pageTitle(draft?.content.title ?? detail.title)}</h1>
      <p className="muted">
        {articleMessages.kind[detail.kind]} · {detail.departmentName}
      </p>
      {!draft || draft.state !== 'in_review' ? (
        <p className="notice notice--info">{m.notInReview}</p>
      ) : (
        <>
          {draft.changeNote && (
            <section className="card" aria-labelledby="change-note-title">
              <h2 id="change-note-title">{m.changeNote}</h2>
              <p className="preserve-lines">{draft.changeNote}</p>
            </section>
          )}
          <DraftDiff detail={detail} />
          <ReviewDecision articleId={detail.id} ownDraft={isOwnDraft(user, draft)} />
        </>
      )}
    </article>
  );
}
