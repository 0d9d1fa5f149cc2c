import type { SearchResponse } from '@bsc/domain';
import type { ApiClient } from '../../apps/api/src/testing/api-client';
import type { EvalQuery, EvalRun } from './metrics';

/** Runs of a query set. */
export interface SearchRuns {
  runs: EvalRun[];
  degraded: number;
}

/** Sends every query through the real `GET /api/v1/search` and keeps the DLDB ids of the hits. */
export async function runQueries(agent: ApiClient, queries: EvalQuery[]): Promise<SearchRuns> {
  const result: SearchRuns = { runs: [], degraded: 0 };
  for (const query of queries) {
    const response = await agent.get<SearchResponse>(`/api/v1/search?q=${encodeURIComponent(query.q)}&limit=10`);
    if (response.status !== 200) throw new Error(`search "${query.q}" answered ${response.status}`);
    if (response.body.degraded) result.degraded += 1;
    result.runs.push({ query, ranked: response.body.hits.map((hit) => (hit.externalRef ?? '').replace(/^dldb:/, '')) });
  }
  return result;
}
