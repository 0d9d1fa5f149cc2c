import type { SearchResponse } from '@bsc/domain';
import type { ApiSession } from './api-session';
import type { BenchStack } from './bench-stack';
import { apiSearchPath } from './api-search-path';
import { summarize, type LatencySummary } from './stats';
import type { Pool } from 'pg';
import { waitUntil } from '../stack/wait-until';
import { explainSlowest, type SlowStatement } from './slow-query';

/** PostgreSQL fallback latency while Meilisearch is stopped. */
export interface DegradedFigures extends LatencySummary {
  /** Answers that said degraded: true (all of them must). */
  degradedAnswers: number;
  failed: number;
  /** From Meilisearch's restart until the API searched the index again. */
  recoverySeconds: number;
  /** The slowest fallback query of the run, explained. */
  slowest?: SlowStatement;
}

const PASSES = 3;

/**
 * Stops Meilisearch (kills the child process), sends every query `PASSES` times through the
 * API (one at a time, after one warm-up pass), then starts Meilisearch again on the same port
 * and data and waits until the API answers from the index again.
 */
export async function measureDegradedSearch(stack: BenchStack, db: Pool, agent: ApiSession, queries: string[]): Promise<DegradedFigures> {
  await stack.killMeili('SIGKILL');
  await searchAll(agent, queries); // warm-up: pool connections, query plans
  const { result, slowest } = await explainSlowest(db, stack.postgresLogFile, /websearch_to_tsquery|ts_rank/, async () => {
    const runs: Outcome[] = [];
    for (let pass = 0; pass < PASSES; pass += 1) runs.push(...(await searchAll(agent, queries)));
    return runs;
  });
  const samples = result.map((r) => r.ms);
  const failed = result.filter((r) => r.status !== 200).length;
  const degradedAnswers = result.filter((r) => r.degraded).length;
  const restarted = performance.now();
  await stack.restartMeili();
  await waitUntil(async () => !(await agent.get<SearchResponse>(apiSearchPath(queries[0]))).body.degraded, {
    what: 'search after the restart',
    timeoutMs: 30_000,
    intervalMs: 50,
  });
  return { ...summarize(samples), degradedAnswers, failed, recoverySeconds: (performance.now() - restarted) / 1000, slowest };
}

interface Outcome {
  ms: number;
  status: number;
  degraded: boolean;
}

async function searchAll(agent: ApiSession, queries: string[]): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (const q of queries) {
    const started = performance.now();
    const response = await agent.get<SearchResponse>(apiSearchPath(q));
    outcomes.push({
      ms: performance.now() - started,
      status: response.status,
      degraded: response.status === 200 && response.body.degraded,
    });
  }
  return outcomes;
}
