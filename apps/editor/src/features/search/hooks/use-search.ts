import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { searchArticles } from '../api/search-api';

/** Query key of a search; one cache entry per normalised query. */
export const searchKey = (query: string) => ['search', query] as const;

/** Normalises what the agent typed, so "Auto  " and "auto" share results. */
export function normaliseQuery(raw: string): string {
  return raw.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Search results for the (already debounced) query. React Query passes an AbortSignal and
 * aborts it when the key changes, so a stale request never overwrites newer results.
 */
export function useSearch(query: string) {
  const normalised = normaliseQuery(query);
  return useQuery({
    queryKey: searchKey(normalised),
    queryFn: ({ signal }) => searchArticles(normalised, signal),
    enabled: normalised.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}
