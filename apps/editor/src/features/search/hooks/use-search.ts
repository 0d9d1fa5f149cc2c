import type { SearchResponse } from '@bsc/domain';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { searchArticles } from '../api/search-api';

/** Query key of the results shown for a query; one cache entry per normalised query. */
export const searchKey = (query: string) => ['search', query] as const;
/** Query key of the settled (counted) search of a query. */
export const settledSearchKey = (query: string) => ['search-settled', query] as const;
// The same query settled again within this time is the same concern: one search in the analytics.
const SETTLED_FRESH_MS = 60_000;

/** Normalises what the agent typed, so "Auto  " and "auto" share results. */
export function normaliseQuery(raw: string): string {
  return raw.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Preview results for the (already debounced) query: not counted in the analytics. React Query passes an AbortSignal and
 * aborts it when the key changes, so a stale request never overwrites newer results.
 */
export function useSearch(query: string) {
  const normalised = normaliseQuery(query);
  return useQuery({
    queryKey: searchKey(normalised),
    queryFn: ({ signal }) => searchArticles(normalised, 'preview', signal),
    enabled: normalised.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

/**
 * Settles a query: one `intent=settled` request (counted in the analytics) per query, shared by
 * the idle timer, Enter and opening a result; its results replace the preview's, so a click
 * refers to the counted search. Resolves to null for an empty query.
 */
export function useSettleSearch(): (query: string) => Promise<SearchResponse | null> {
  const queryClient = useQueryClient();
  return useCallback(
    async (query: string) => {
      const normalised = normaliseQuery(query);
      if (!normalised) return null;
      const settled = await queryClient.fetchQuery({
        queryKey: settledSearchKey(normalised),
        queryFn: () => searchArticles(normalised, 'settled'),
        staleTime: SETTLED_FRESH_MS,
      });
      queryClient.setQueryData(searchKey(normalised), settled);
      return settled;
    },
    [queryClient],
  );
}
