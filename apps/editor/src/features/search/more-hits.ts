import type { SearchHit } from '@bsc/domain';

/**
 * The list after loading the next page: the hits shown so far, then the new ones the list does
 * not have yet (between two requests a re-index may move a hit across the page boundary).
 */
export function appendHits(shown: readonly SearchHit[], next: readonly SearchHit[]): SearchHit[] {
  const known = new Set(shown.map((hit) => hit.id));
  return [...shown, ...next.filter((hit) => !known.has(hit.id))];
}
