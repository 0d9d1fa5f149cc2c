import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router-dom';
import { articleKeys, getArticle } from '../features/articles/api/articles-api';
import { ArticleEditorView } from '../features/article-editor/components/article-editor-view';
import { ErrorAlert } from '../ui/error-alert';
import { Loading } from '../ui/page-loading';
import '../features/article-editor/article-editor.css';

/** /arbeitsbereich/artikel/:id — edit one article. */
export function ArticleEditorPage() {
  const { id = '' } = useParams();
  const detail = useQuery({
    queryKey: articleKeys.detail(id),
    queryFn: ({ signal }) => getArticle(id, signal),
    // The editor keeps its own working copy; a background refetch must not reset it.
    staleTime: Infinity,
  });
  if (detail.isPending) return <Loading />;
  if (detail.isError) return <ErrorAlert page error={detail.error} onRetry={() => void detail.refetch()} />;
  return <ArticleEditorView detail={detail.data} />;
}
