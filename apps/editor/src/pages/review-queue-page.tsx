import { useQuery } from '@tanstack/react-query';
import { useLocation } from 'react-router-dom';
import { articleKeys, getReviewQueue } from '../features/articles/api/articles-api';
import { ReviewQueueList } from '../features/review/components/review-queue-list';
import { reviewMessages } from '../features/review/messages';
import { ErrorAlert } from '../ui/error-alert';
import { Loading } from '../ui/page-loading';
import '../features/review/review.css';

function noticeFrom(state: unknown): string {
  if (typeof state !== 'object' || state === null || !('notice' in state)) return '';
  return typeof state.notice === 'string' ? state.notice : '';
}

/** /freigaben — drafts waiting for four-eyes approval. */
export function ReviewQueuePage() {
  const location = useLocation();
  const queue = useQuery({ queryKey: articleKeys.reviewQueue, queryFn: ({ signal }) => getReviewQueue(signal) });
  return (
    <section className="page" aria-labelledby="queue-title">
      <h1 id="queue-title">{reviewMessages.queueTitle}</h1>
      <p className="muted">{reviewMessages.queueIntro}</p>
      <p role="status">{noticeFrom(location.state)}</p>
      {queue.isPending && <Loading />}
      {queue.isError && <ErrorAlert error={queue.error} onRetry={() => void queue.refetch()} />}
      {queue.data && <ReviewQueueList items={queue.data} />}
    </section>
  );
}
