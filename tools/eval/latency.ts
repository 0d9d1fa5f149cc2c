import type { SearchResponse } from '@bsc/domain';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig } from '../../apps/api/src/config/app-config';
import { planQuery } from '../../apps/api/src/search/query-plan';
import { SearchIndex } from '../../apps/api/src/search/search-index.port';
import { SearchSetupService } from '../../apps/api/src/search/search-setup.service';
import type { ApiClient } from '../../apps/api/src/testing/api-client';
import type { EvalQuery } from './metrics';

/** Median latencies (ms) of the same queries, three ways. */
export interface LatencyFigures {
  /** GET /api/v1/search as the agent's browser sees it. */
  api: number;
  /** The adapter's own Meilisearch request (all query variants, one federated multi-search). */
  meilisearchRequest: number;
  /** One plain Meilisearch search of the typed words: the floor. */
  singleQuery: number;
}

/**
 * Measures in alternating order, query by query, so that drift on a busy machine hits all three
 * alike. api / meilisearchRequest is the API's own overhead (HTTP, session, plan, mapping).
 */
export async function measureLatency(
  app: NestExpressApplication,
  agent: ApiClient,
  queries: EvalQuery[],
  rounds = 3,
): Promise<LatencyFigures> {
  const vocabulary = await app.get(SearchSetupService).vocabulary();
  const index = app.get(SearchIndex);
  const config = app.get(AppConfig);
  const samples = { api: [] as number[], meilisearchRequest: [] as number[], singleQuery: [] as number[] };
  for (let round = 0; round < rounds; round++) {
    for (const { q } of queries) {
      samples.api.push(await timed(() => agent.get<SearchResponse>(`/api/v1/search?q=${encodeURIComponent(q)}&limit=10`)));
      samples.meilisearchRequest.push(await timed(() => index.search({ q: planQuery(q, vocabulary).words.join(' '), limit: 50, now: Date.now() })));
      samples.singleQuery.push(await timed(() => singleQuery(config, q)));
    }
  }
  return { api: median(samples.api), meilisearchRequest: median(samples.meilisearchRequest), singleQuery: median(samples.singleQuery) };
}

async function singleQuery(config: AppConfig, q: string): Promise<unknown> {
  const response = await fetch(`${config.MEILI_URL}/indexes/${config.SEARCH_INDEX}/search`, {
    method: 'POST',
    // identity: as the adapter asks (compressing an answer cost Meilisearch ~40 ms).
    headers: { 'content-type': 'application/json', authorization: `Bearer ${config.MEILI_MASTER_KEY}`, 'accept-encoding': 'identity' },
    body: JSON.stringify({ q, limit: 10, locales: ['deu'] }),
  });
  return response.json();
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

/** Median of the samples. */
export function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length === 0 ? 0 : sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
