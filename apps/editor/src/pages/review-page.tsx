import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router-dom';
import { articleKeys, getArticle } from '../features/articles/api/articles-api';
import { ReviewView } from '../features/review/components/review-view';
import { ErrorAlert } from '../ui/error-alert';
import { Loading } from '../ui/page-loading';
import '../features/review/review.css';

/** /freigaben/:id — review one submitted draft. */
export function ReviewPage() {
  const { id = '' } = useParams();
  const detail = useQuery({ queryKey: articleKeys.detail(id), queryFn: ({ signal }) => getArticle(id, signal) });
  if (detail.isPending) return <Loading />;
  if (detail.isError) return <ErrorAlert page error={detail.error} onRetry={() => void detail.refetch()} />;
  return <ReviewView detail={detail.data} />;
}
