import type { ArticleDetail, DraftView } from '@bsc/domain';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { useCurrentUser } from '../../../app/auth-context';
import { ErrorAlert } from '../../../ui/error-alert';
import { Loading } from '../../../ui/page-loading';
import { formatDateTime } from '../../../ui/format-date';
import { articleKeys, getDiff, type DiffFrom } from '../../articles/api/articles-api';
import { articleMessages } from '../../articles/messages';
import { reviewMessages as m } from '../messages';
import { isOwnDraft } from '../review-rules';
import { FieldDiffView } from './field-diff-view';
import { ReviewDecision } from './review-decision';

interface DraftDiffProps {
  articleId: string;
  from: Exclude<DiffFrom, null>;
  id: string;
  title: string;
  intro: string;
  emptyText?: string;
}

function DraftDiff({ articleId, from, id, title, intro, emptyText }: DraftDiffProps) {
  const diff = useQuery({
    queryKey: articleKeys.diff(articleId, from, 'draft'),
    queryFn: ({ signal }) => getDiff(articleId, from, 'draft', signal),
  });
  return (
    <section aria-labelledby={id} data-testid={id}>
      <h2 id={id}>{title}</h2>
      <p className="muted">{intro}</p>
      {diff.isPending && <Loading />}
      {diff.isError && <ErrorAlert error={diff.error} onRetry={() => void diff.refetch()} />}
      {diff.data && <FieldDiffView diffs={diff.data} newArticle={from === 'none'} emptyText={emptyText} />}
    </section>
  );
}

/** A resubmitted draft: the reviewer's earlier comment and what the author changed since. */
function SinceRejection({ articleId, rejection }: { articleId: string; rejection: NonNullable<DraftView['lastRejection']> }) {
  return (
    <>
      <section className="notice notice--warning review-rejection" aria-labelledby="rejection-title">
        <h2 id="rejection-title">{m.rejectionTitle}</h2>
        <p>{rejection.rejectedAt ? m.rejectedAt(formatDateTime(rejection.rejectedAt)) : m.rejectedWithComment}</p>
        <blockquote className="review-rejection__comment preserve-lines">{rejection.comment}</blockquote>
      </section>
      {rejection.hasContent ? (
        <DraftDiff
          articleId={articleId}
          from="rejected"
          id="since-rejection-title"
          title={m.sinceRejectionTitle}
          intro={m.sinceRejectionIntro}
          emptyText={m.sinceRejectionNone}
        />
      ) : (
        <p className="muted">{m.sinceRejectionUnknown}</p>
      )}
    </>
  );
}

/** Against the published version, or, for a new article, every field as new. */
function FullDiff({ detail }: { detail: ArticleDetail }) {
  const published = detail.publishedVersion;
  if (published === null) {
    return (
      <DraftDiff articleId={detail.id} from="none" id="diff-title" title={m.newContentTitle} intro={m.diffNew} emptyText={m.newEmpty} />
    );
  }
  return <DraftDiff articleId={detail.id} from={published} id="diff-title" title={m.diffTitle} intro={m.diffAgainst(published)} />;
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
          {draft.lastRejection && <SinceRejection articleId={detail.id} rejection={draft.lastRejection} />}
          <FullDiff detail={detail} />
          <ReviewDecision articleId={detail.id} ownDraft={isOwnDraft(user, draft)} />
        </>
      )}
    </article>
  );
}
