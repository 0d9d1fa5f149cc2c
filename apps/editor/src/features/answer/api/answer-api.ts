import type { PublishedArticleView } from '@bsc/domain';
import { queryOptions } from '@tanstack/react-query';
import { http } from '../../../api/http';

/** Query key of a published article. */
export const publishedArticleKey = (id: string) => ['articles', id, 'published'] as const;

/** GET /articles/:id/published as query options (shared by the page and the prefetch). */
export function publishedArticleQuery(id: string) {
  return queryOptions({
    queryKey: publishedArticleKey(id),
    queryFn: ({ signal }) => http.get<PublishedArticleView>(`/articles/${encodeURIComponent(id)}/published`, { signal }),
    staleTime: 60_000,
  });
}
