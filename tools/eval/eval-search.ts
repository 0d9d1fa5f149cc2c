import { searchFieldText, type SearchResponse } from '@bsc/domain';
import type { ApiClient } from '../../apps/api/testing/api-client';
import type { EvalQuery, EvalRun } from './metrics';

/** One search of a query: the ranked DLDB ids, whether the API claimed an answer, and its latency. */
export interface SearchRun extends EvalRun {
  answered: boolean;
  /** Title of the first hit, to show what an unanswerable query was answered with. */
  firstTitle: string | null;
  /** Round trip of GET /api/v1/search as the client sees it. */
  ms: number;
  /** Longer than the agent's search field takes: only its first SearchLimits.queryMax characters were searched. */
  cut: boolean;
}

/** Runs of a query set. */
export interface SearchRuns {
  runs: SearchRun[];
  degraded: number;
}

/**
 * Sends every query through the real `GET /api/v1/search` as the agent's search field sends it
 * (searchFieldText: a text longer than the field takes is cut there, not refused) and keeps the
 * DLDB ids of the hits.
 */
export async function runQueries(agent: ApiClient, queries: readonly EvalQuery[]): Promise<SearchRuns> {
  const result: SearchRuns = { runs: [], degraded: 0 };
  for (const query of queries) {
    const q = searchFieldText(query.q);
    const started = performance.now();
    const response = await agent.get<SearchResponse>(`/api/v1/search?q=${encodeURIComponent(q)}&limit=10`);
    const ms = performance.now() - started;
    if (response.status !== 200) throw new Error(`search "${query.q}" answered ${response.status}`);
    if (response.body.degraded) result.degraded += 1;
    result.runs.push({
      query,
      ranked: response.body.hits.map((hit) => (hit.externalRef ?? '').replace(/^dldb:/, '')),
      answered: response.body.answered,
      firstTitle: response.body.hits[0]?.title ?? null,
      ms,
      cut: q !== query.q,
    });
  }
  return result;
}
