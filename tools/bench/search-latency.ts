import type { SearchResponse } from '@bsc/domain';
import type { ApiSession } from './api-session';
import { cycle, runLoad, type LoadResult, type LoadTarget } from './load-run';
import { apiSearchPath } from './api-search-path';
import type { RawSearchRequest } from './raw-search';
import { summarize, type LatencySummary } from './stats';

/** One side (raw Meilisearch or the API) at one concurrency. */
export interface SideFigures extends LatencySummary {
  requestsPerSecond: number;
  non2xx: number;
  errors: number;
}

/** Raw Meilisearch vs. GET /api/v1/search at one concurrency, and the ratios the targets use. */
export interface LatencyComparison {
  concurrency: number;
  raw: SideFigures;
  api: SideFigures;
  /** api.p50 / raw.p50 (target at c=1, see report-model.ts). */
  p50Ratio: number;
  /** api.rps / raw.rps (target at c=8). */
  throughputRatio: number;
}

/** Everything the comparison needs: one plain Meilisearch search per query (raw side) and an agent (API side). */
export interface LatencySetup {
  meiliUrl: string;
  raw: RawSearchRequest[];
  agent: ApiSession;
}

const ROUNDS = 4;

/**
 * Measures both sides in alternating rounds (raw first in even rounds, API first in odd ones)
 * so that drift on a noisy machine hits both alike. Each round sends every query `passes` times.
 */
export async function compareSearchLatency(setup: LatencySetup, concurrency: number, passes: number): Promise<LatencyComparison> {
  const targets = { raw: rawTarget(setup), api: apiTarget(setup) };
  const amount = setup.raw.length * passes;
  await runLoad(targets.raw, { connections: concurrency, amount: setup.raw.length });
  await runLoad(targets.api, { connections: concurrency, amount: setup.raw.length });
  const runs: Record<'raw' | 'api', LoadResult[]> = { raw: [], api: [] };
  for (let round = 0; round < ROUNDS; round += 1) {
    const order: ('raw' | 'api')[] = round % 2 === 0 ? ['raw', 'api'] : ['api', 'raw'];
    for (const side of order) runs[side].push(await runLoad(targets[side], { connections: concurrency, amount }));
  }
  const raw = combine(runs.raw);
  const api = combine(runs.api);
  return { concurrency, raw, api, p50Ratio: api.p50 / raw.p50, throughputRatio: api.requestsPerSecond / raw.requestsPerSecond };
}

function rawTarget(setup: LatencySetup): LoadTarget {
  const next = cycle(setup.raw.map((r) => ({ method: 'POST' as const, path: r.path, headers: r.headers, body: r.body })));
  return { url: setup.meiliUrl, next };
}

function apiTarget(setup: LatencySetup): LoadTarget {
  const headers = { cookie: setup.agent.cookieHeader };
  const nextPath = cycle(setup.raw.map((r) => apiSearchPath(r.q)));
  return { url: setup.agent.baseUrl, next: () => ({ method: 'GET', path: nextPath(), headers }) };
}

function combine(results: LoadResult[]): SideFigures {
  const latencies = results.flatMap((r) => r.latenciesMs);
  const wallMs = results.reduce((sum, r) => sum + r.wallMs, 0);
  return {
    ...summarize(latencies),
    requestsPerSecond: (latencies.length / wallMs) * 1000,
    non2xx: results.reduce((sum, r) => sum + r.non2xx, 0),
    errors: results.reduce((sum, r) => sum + r.errors, 0),
  };
}

/** Where an API search's time goes, from sequential probes (median ms). */
export interface LatencyBreakdown {
  rawMeilisearch: number;
  /** The API's own `tookMs`: BM25F in PostgreSQL ∥ Meilisearch, fusion, page documents, snippets. */
  searchService: number;
  /** Total as the client sees it. */
  apiTotal: number;
  /** apiTotal − searchService: HTTP, middleware, session lookup, guard, validation, JSON. */
  requestOverhead: number;
  /** API answers that said degraded (must be 0: the comparison is void otherwise). */
  degraded: number;
  probed: number;
}

/** Sends each query once to Meilisearch and once to the API, one at a time, and splits the API's time. */
export async function measureBreakdown(setup: LatencySetup): Promise<LatencyBreakdown> {
  const raw: number[] = [];
  const service: number[] = [];
  const total: number[] = [];
  let degraded = 0;
  for (const request of setup.raw) {
    const rawStarted = performance.now();
    const response = await fetch(`${setup.meiliUrl}${request.path}`, { method: 'POST', headers: request.headers, body: request.body });
    if (!response.ok) throw new Error(`raw Meilisearch search: HTTP ${response.status} ${await response.text()}`);
    await response.arrayBuffer();
    raw.push(performance.now() - rawStarted);
    const apiStarted = performance.now();
    const api = await setup.agent.get<SearchResponse>(apiSearchPath(request.q));
    total.push(performance.now() - apiStarted);
    service.push(api.body.tookMs);
    if (api.body.degraded) degraded += 1;
  }
  const median = (samples: number[]) => summarize(samples).p50;
  const overhead = total.map((t, i) => t - service[i]);
  return {
    rawMeilisearch: median(raw),
    searchService: median(service),
    apiTotal: median(total),
    requestOverhead: median(overhead),
    degraded,
    probed: setup.raw.length,
  };
}
