import type { SearchAnalyticsView } from '@bsc/domain';
import { queryOptions } from '@tanstack/react-query';
import { http } from '../../../api/http';

/** GET /admin/search-analytics?days= as query options. */
export const searchAnalyticsQuery = (days: number) =>
  queryOptions({
    queryKey: ['search-analytics', days],
    queryFn: ({ signal }) => http.get<SearchAnalyticsView>('/admin/search-analytics', { query: { days }, signal }),
    staleTime: 0,
  });
