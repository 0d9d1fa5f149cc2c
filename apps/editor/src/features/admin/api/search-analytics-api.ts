import { queryOptions } from '@tanstack/react-query';
import { http } from '../../../api/http';

/** A normalised query and how often it was searched. */
export interface QueryCount {
  query: string;
  count: number;
}

/**
 * GET /admin/search-analytics. Declared here until the API publishes the shape in @bsc/domain.
 */
export interface SearchAnalyticsView {
  days: number;
  totalSearches: number;
  top: QueryCount[];
  zeroResults: QueryCount[];
  noClicks: QueryCount[];
}

/** GET /admin/search-analytics?days= as query options. */
export const searchAnalyticsQuery = (days: number) =>
  queryOptions({
    queryKey: ['search-analytics', days],
    queryFn: ({ signal }) => http.get<SearchAnalyticsView>('/admin/search-analytics', { query: { days }, signal }),
    staleTime: 0,
  });
