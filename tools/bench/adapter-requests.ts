import type { NestExpressApplication } from '@nestjs/platform-express';
import { SearchQueryDto } from '../../apps/api/src/search/dto/search-query.dto';
import { SearchService } from '../../apps/api/src/search/search.service';

/** A search request exactly as the product's Meilisearch adapter sent it. */
export interface CapturedRequest {
  q: string;
  path: string;
  headers: Record<string, string>;
  body: string;
}

/** What the capture saw: one request per query, and how many Meilisearch requests one search made. */
export interface CapturedRequests {
  requests: CapturedRequest[];
  /** Most search requests to Meilisearch for a single agent search (1 = like for like). */
  maxRequestsPerSearch: number;
  /** Queries that sent nothing to Meilisearch (answered from the fallback). */
  missing: number;
}

const SEARCH_PATH = /\/(multi-search|indexes\/[^/]+\/search)$/;

/**
 * Runs every query through the application's own SearchService (in process) and records the
 * search requests its adapter sends to Meilisearch, by wrapping the global fetch the client
 * uses. Replaying them is "raw Meilisearch with the same index, settings and parameters", and
 * stays so when the adapter changes (query variants, federated multi-search, …).
 */
export async function captureAdapterRequests(app: NestExpressApplication, queries: string[]): Promise<CapturedRequests> {
  const search = app.get(SearchService);
  const original = globalThis.fetch;
  let seen: Omit<CapturedRequest, 'q'>[] = [];
  globalThis.fetch = (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if ((init?.method ?? 'GET') === 'POST' && SEARCH_PATH.test(url.pathname) && typeof init?.body === 'string') {
      seen.push({
        path: `${url.pathname}${url.search}`,
        headers: Object.fromEntries(new Headers(init.headers).entries()),
        body: init.body,
      });
    }
    return original(input, init);
  };
  const result: CapturedRequests = { requests: [], maxRequestsPerSearch: 0, missing: 0 };
  try {
    for (const q of queries) {
      seen = [];
      await search.search(Object.assign(new SearchQueryDto(), { q }));
      result.maxRequestsPerSearch = Math.max(result.maxRequestsPerSearch, seen.length);
      if (seen[0]) result.requests.push({ q, ...seen[0] });
      else result.missing += 1;
    }
  } finally {
    globalThis.fetch = original;
  }
  return result;
}

/**
 * Headers of the replay: the adapter's, uncompressed. Compression is the HTTP client's choice,
 * not Meilisearch's work: over loopback it cost ~40 ms per answer (measured), which would turn
 * the yardstick into a measurement of gzip. The adapter asks for identity as well (issue 5).
 */
export function replayHeaders(request: CapturedRequest): Record<string, string> {
  const { ['accept-encoding']: _ignored, ['content-length']: _length, ...rest } = request.headers;
  void _ignored;
  void _length;
  return { ...rest, 'accept-encoding': 'identity' };
}
