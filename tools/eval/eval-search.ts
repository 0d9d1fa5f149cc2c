import type { SearchResponse } from '@bsc/domain';
import type { ApiClient } from '../../apps/api/src/testing/api-client';
import type { EvalQuery, EvalRun } from './metrics';

/** Runs and latencies of a query set. */
export interface SearchRuns {
  runs: EvalRun[];
  /** Wall-clock milliseconds per request, as the agent's browser would see them. */
  latenciesMs: number[];
  degraded: number;
}

/** Sends every query through the real `GET /api/v1/search` and keeps the DLDB ids of the hits. */
export async function runQueries(agent: ApiClient, queries: EvalQuery[]): Promise<SearchRuns> {
  const result: SearchRuns = { runs: [], latenciesMs: [], degraded: 0 };
  for (const query of queries) {
    const started = performance.now();
    const response = await agent.get<SearchResponse>(`/api/v1/search?q=${encodeURIComponent(query.q)}&limit=10`);
    result.latenciesMs.push(performance.now() - started);
    if (response.status !== 200) throw new Error(`search "${query.q}" answered ${response.status}`);
    if (response.body.degraded) result.degraded += 1;
    result.runs.push({ query, ranked: response.body.hits.map((hit) => (hit.externalRef ?? '').replace(/^dldb:/, '')) });
  }
  return result;
}

/** Median of the samples. */
export function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length === 0 ? 0 : sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Latency of plain Meilisearch searches (same words, German locale), the yardstick of the API's overhead. */
export async function rawMeilisearchLatencies(url: string, key: string, index: string, queries: EvalQuery[]): Promise<number[]> {
  const latencies: number[] = [];
  for (const query of queries) {
    const started = performance.now();
    const response = await fetch(`${url}/indexes/${index}/search`, {
      method: 'POST',
      // identity: as the API's adapter asks (compression costs Meilisearch ~40 ms per answer).
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}`, 'accept-encoding': 'identity' },
      body: JSON.stringify({ q: query.q, limit: 10, locales: ['deu'] }),
    });
    await response.json();
    latencies.push(performance.now() - started);
  }
  return latencies;
}
