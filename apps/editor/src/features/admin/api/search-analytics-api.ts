import { queryOptions } from '@tanstack/react-query';
import { http } from '../../../api/http';

/** A normalised query and how often it was searched. */
export interface QueryCount {
  query: string;
  count: number;
}

/**
 * GET /admin/search-analytics (SearchAnalyticsService's view in apps/api; declared here until
 * the shape moves to @bsc/domain).
 */
export interface SearchAnalyticsView {
  days: number;
  totalSearches: number;
  /** Searches answered by the PostgreSQL fallback while Meilisearch was unavailable. */
  degradedSearches: number;
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
