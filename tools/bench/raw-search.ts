import { SearchLimits } from '@bsc/domain';

/** One request of the raw side: a plain Meilisearch search, ready to send. */
export interface RawSearchRequest {
  q: string;
  path: string;
  headers: Record<string, string>;
  body: string;
}

/**
 * The yardstick of issue 11: ONE plain Meilisearch search of the words the agent typed, as an
 * integration without our API would send it — `{ q, limit, locales: ['deu'] }` against the
 * product's index (its settings, synonyms and German segmentation), nothing else. `limit` is
 * the page the agent sees (the API's default page size).
 *
 * Uncompressed: compression is the HTTP client's choice, not Meilisearch's work; over loopback
 * gzip cost ~40 ms per answer (measured, issue 5), and the adapter asks for identity too.
 */
export function rawSearchRequest(index: string, key: string, q: string, limit: number = SearchLimits.limitDefault): RawSearchRequest {
  return {
    q,
    path: `/indexes/${encodeURIComponent(index)}/search`,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}`, 'accept-encoding': 'identity' },
    body: JSON.stringify({ q, limit, locales: ['deu'] }),
  };
}
