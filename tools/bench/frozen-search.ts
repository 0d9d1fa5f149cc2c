import type { SearchResponse } from '@bsc/domain';
import type { Pool } from 'pg';
import { waitUntil } from '../stack/wait-until';
import type { ApiSession } from './api-session';
import type { BenchStack } from './bench-stack';
import { apiSearchPath } from './api-search-path';
import { explainSlowest, type SlowStatement } from './slow-query';
import { summarize, type LatencySummary } from './stats';

/** One search while Meilisearch was frozen. */
export interface Outcome {
  ms: number;
  status: number;
  degraded: boolean;
}

/** Search latency while Meilisearch hangs (SIGSTOP): the first request and the rest. */
export interface FrozenFigures extends LatencySummary {
  /** The first search after the freeze: it waits for the adapter's timeout, then trips the breaker. */
  firstMs: number;
  /** Searches after the first that took longer than a second (a half-open probe waits for the timeout). */
  slowAfterFirst: number;
  /** Answers after the first that said degraded: true (all of them must). */
  degradedAnswers: number;
  failed: number;
  /** From SIGCONT until the API searched Meilisearch again (degraded: false). */
  recoverySeconds: number;
  /** The slowest BM25F statement of the run, explained. */
  slowest?: SlowStatement;
}

/** The first search, and the figures of the rest (the target is judged on the rest). */
export function splitFirst(outcomes: readonly Outcome[]): Omit<FrozenFigures, 'recoverySeconds' | 'slowest'> {
  const [first, ...rest] = outcomes;
  if (!first) throw new Error('no searches');
  return {
    ...summarize(rest.map((o) => o.ms)),
    firstMs: first.ms,
    slowAfterFirst: rest.filter((o) => o.ms > 1000).length,
    degradedAnswers: rest.filter((o) => o.degraded).length,
    failed: outcomes.filter((o) => o.status !== 200).length,
  };
}

/**
 * Freezes Meilisearch (SIGSTOP: it accepts connections and never answers, like a hung server),
 * sends every query `passes` times through the API one at a time — the first waits for the
 * adapter's timeout and opens the circuit breaker, the rest must be answered by BM25F alone —
 * then thaws it (SIGCONT) and waits until the API searches Meilisearch again.
 */
export async function measureFrozenSearch(
  stack: BenchStack,
  db: Pool,
  agent: ApiSession,
  queries: string[],
  passes: number,
): Promise<FrozenFigures> {
  // The API's pool and the plans are warm from the phases before; this pass makes sure.
  await searchAll(agent, queries);
  stack.meili.kill('SIGSTOP');
  let outcomes: Outcome[];
  let slowest: SlowStatement | undefined;
  try {
    ({ result: outcomes, slowest } = await explainSlowest(db, stack.postgresLogFile, /search_postings/, async () => {
      const runs: Outcome[] = [];
      for (let pass = 0; pass < passes; pass += 1) runs.push(...(await searchAll(agent, queries)));
      return runs;
    }));
  } finally {
    stack.meili.kill('SIGCONT');
  }
  const thawed = performance.now();
  await waitUntil(async () => !(await agent.get<SearchResponse>(apiSearchPath(queries[0]))).body.degraded, {
    what: 'a search through Meilisearch after SIGCONT',
    timeoutMs: 60_000,
    intervalMs: 100,
  });
  return { ...splitFirst(outcomes), recoverySeconds: (performance.now() - thawed) / 1000, slowest };
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
