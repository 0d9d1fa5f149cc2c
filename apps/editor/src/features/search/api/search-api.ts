import { searchFieldText, type SearchIntent, type SearchResponse } from '@bsc/domain';
import { http } from '../../../api/http';

/** Results an agent sees at once. */
export const SEARCH_PAGE_SIZE = 20;

/**
 * GET /search for published articles; only `settled` searches count in the analytics. `offset`
 * skips the hits already shown ("Weitere Treffer").
 */
export function searchArticles(query: string, intent: SearchIntent, signal?: AbortSignal, offset = 0): Promise<SearchResponse> {
  const q = searchFieldText(query);
  return http.get<SearchResponse>('/search', { query: { q, limit: SEARCH_PAGE_SIZE, intent, offset }, signal });
}

/** A result the agent opened; `position` counts from 1. */
export interface SearchClick {
  searchId: string;
  articleId: string;
  position: number;
}

/** POST /search/click; keepalive so it survives the navigation it triggers. */
export function recordSearchClick(click: SearchClick): Promise<void> {
  return http.post<void>('/search/click', click, { keepalive: true });
}
