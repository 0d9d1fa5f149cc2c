import { searchFieldText, type SearchResponse } from '@bsc/domain';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig } from '../../apps/api/src/config/app-config';
import { DataSource } from 'typeorm';
import { rankBm25f } from '../../apps/api/src/search/ranking/bm25f-query';
import { rankingQuery } from '../../apps/api/src/search/ranking/query-terms';
import { RankingVocabulary } from '../../apps/api/src/search/ranking/ranking-vocabulary.service';
import { SearchSetupService } from '../../apps/api/src/search/search-setup.service';
import type { ApiClient } from '../../apps/api/testing/api-client';
import type { EvalQuery } from './metrics';

/** Median latencies (ms) of the same queries, three ways. */
export interface LatencyFigures {
  /** GET /api/v1/search as the agent's browser sees it (both rankers, fusion, page, snippets). */
  api: number;
  /** The BM25F statement alone (the PostgreSQL side of the fusion). */
  bm25f: number;
  /** One plain Meilisearch search of the typed words: the floor. */
  singleQuery: number;
}

/**
 * Measures in alternating order, query by query, so that drift on a busy machine hits all three
 * alike. The API runs BM25F and Meilisearch in parallel, so api ≈ max of both + its own work.
 */
export async function measureLatency(
  app: NestExpressApplication,
  agent: ApiClient,
  queries: EvalQuery[],
  rounds = 3,
): Promise<LatencyFigures> {
  const setup = app.get(SearchSetupService);
  const [thesaurus, vocabulary] = await Promise.all([setup.vocabulary(), app.get(RankingVocabulary).current()]);
  const params = setup.rankingParams;
  const manager = app.get(DataSource).manager;
  const config = app.get(AppConfig);
  const samples = { api: [] as number[], bm25f: [] as number[], singleQuery: [] as number[] };
  for (let round = 0; round < rounds; round++) {
    for (const typed of queries) {
      // As the agent's search field sends it (eval-search.ts runQueries), on all three sides.
      const q = searchFieldText(typed.q);
      samples.api.push(await timed(() => agent.get<SearchResponse>(`/api/v1/search?q=${encodeURIComponent(q)}&limit=10`)));
      const ranking = rankingQuery(q, vocabulary, thesaurus, params);
      const query = { terms: ranking.terms, wordCount: ranking.words.length, now: Date.now(), limit: params.candidates };
      samples.bm25f.push(await timed(() => rankBm25f(manager, query, params)));
      samples.singleQuery.push(await timed(() => singleQuery(config, q)));
    }
  }
  return { api: median(samples.api), bm25f: median(samples.bm25f), singleQuery: median(samples.singleQuery) };
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
