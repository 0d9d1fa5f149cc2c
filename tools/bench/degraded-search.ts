import type { SearchResponse } from '@bsc/domain';
import type { ApiSession } from './api-session';
import type { BenchStack } from './bench-stack';
import { apiSearchPath } from './api-search-path';
import { summarize, type LatencySummary } from './stats';
import { waitUntil } from '../stack/wait-until';

/** PostgreSQL fallback latency while Meilisearch is stopped. */
export interface DegradedFigures extends LatencySummary {
  /** Answers that said degraded: true (all of them must). */
  degradedAnswers: number;
  failed: number;
  /** From Meilisearch's restart until the API searched the index again. */
  recoverySeconds: number;
}

const PASSES = 3;

/**
 * Stops Meilisearch (kills the child process), sends every query `PASSES` times through the
 * API (one at a time, after one warm-up pass), then starts Meilisearch again on the same port
 * and data and waits until the API answers from the index again.
 */
export async function measureDegradedSearch(stack: BenchStack, agent: ApiSession, queries: string[]): Promise<DegradedFigures> {
  await stack.killMeili('SIGKILL');
  const samples: number[] = [];
  let degradedAnswers = 0;
  let failed = 0;
  for (let pass = 0; pass <= PASSES; pass += 1) {
    for (const q of queries) {
      const started = performance.now();
      const response = await agent.get<SearchResponse>(apiSearchPath(q));
      const elapsed = performance.now() - started;
      if (pass === 0) continue; // warm-up: pool connections, query plans
      samples.push(elapsed);
      if (response.status !== 200) failed += 1;
      else if (response.body.degraded) degradedAnswers += 1;
    }
  }
  const restarted = performance.now();
  await stack.restartMeili();
  await waitUntil(async () => !(await agent.get<SearchResponse>(apiSearchPath(queries[0]))).body.degraded, {
    what: 'search after the restart',
    timeoutMs: 30_000,
    intervalMs: 50,
  });
  return { ...summarize(samples), degradedAnswers, failed, recoverySeconds: (performance.now() - restarted) / 1000 };
}
