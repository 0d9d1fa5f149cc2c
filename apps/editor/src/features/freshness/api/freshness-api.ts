import type { FreshnessOverview } from '@bsc/domain';
import { queryOptions } from '@tanstack/react-query';
import { apiUrl, http } from '../../../api/http';

/** Query keys of GET /freshness; ['freshness'] refreshes every variant. */
export const freshnessKeys = {
  all: ['freshness'] as const,
  overview: (departmentId: string | undefined) => ['freshness', departmentId ?? 'all'] as const,
};

/** GET /freshness (the API limits authors to their own departments). */
export const freshnessQuery = (departmentId?: string) =>
  queryOptions({
    queryKey: freshnessKeys.overview(departmentId),
    queryFn: ({ signal }) => http.get<FreshnessOverview>('/freshness', { query: { departmentId }, signal }),
    staleTime: 0,
  });

/** Address of the CSV export, for a plain download link (the session cookie goes along). */
export const freshnessCsvUrl = (departmentId?: string) => apiUrl('/freshness.csv', { departmentId });
