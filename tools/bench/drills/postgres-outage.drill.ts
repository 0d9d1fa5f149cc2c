import { setTimeout as sleep } from 'node:timers/promises';
import type { ApiSession } from '../api-session';
import type { BenchStack } from '../bench-stack';
import { apiSearchPath } from '../api-search-path';
import { summarize } from '../stats';
import type { DrillResult } from './drill-result';

const LOOPS = 4;
const BASELINE_MS = 2_000;
const OUTAGE_MS = 4_000;
const RECOVERY_TIMEOUT_MS = 30_000;

interface Sample {
  at: number;
  status: number;
  code: string;
  ms: number;
}

/**
 * Stops PostgreSQL while agents search: while it is down every answer must be 503
 * DATABASE_UNAVAILABLE (never a 500, never a hang), and once it is back the same API process
 * must answer 200 again without a restart.
 */
export async function drillPostgresOutage(stack: BenchStack, agents: ApiSession[], queries: string[]): Promise<DrillResult> {
  const api = stack.api;
  if (!api) throw new Error('the API is not running');
  const samples: Sample[] = [];
  let running = true;
  const loops = agents.slice(0, LOOPS).map((agent, i) => searchLoop(agent, queries, i, samples, () => running));
  await sleep(BASELINE_MS);
  const stopAt = performance.now();
  await stack.stopPostgres();
  const downAt = performance.now();
  await sleep(OUTAGE_MS);
  const health = await fetch(`${api.url}/api/v1/health`).then((r) => r.status);
  const restartAt = performance.now();
  await stack.restartPostgres();
  const upAt = performance.now();
  const recoveredAt = await firstOkAfter(samples, upAt, RECOVERY_TIMEOUT_MS);
  await sleep(1_000);
  running = false;
  await Promise.all(loops);
  return judge({
    samples,
    stopAt,
    downAt,
    restartAt,
    upAt,
    recoveredAt,
    healthWhileDown: health,
    apiAlive: api.process.exitInfo() === undefined,
  });
}

async function searchLoop(agent: ApiSession, queries: string[], offset: number, samples: Sample[], running: () => boolean): Promise<void> {
  for (let i = offset; running(); i += 1) {
    const started = performance.now();
    try {
      const response = await agent.get<{ code?: string }>(apiSearchPath(queries[i % queries.length]));
      samples.push({
        at: started,
        status: response.status,
        code: response.status === 200 ? 'OK' : (response.body.code ?? '?'),
        ms: performance.now() - started,
      });
    } catch (error) {
      samples.push({ at: started, status: 0, code: `Verbindungsfehler ${String(error)}`, ms: performance.now() - started });
    }
    await sleep(20);
  }
}

async function firstOkAfter(samples: Sample[], since: number, timeoutMs: number): Promise<number | undefined> {
  const deadline = since + timeoutMs;
  while (performance.now() < deadline) {
    const ok = samples.find((s) => s.at >= since && s.status === 200);
    if (ok) return ok.at + ok.ms;
    await sleep(25);
  }
  return undefined;
}

interface Timeline {
  samples: Sample[];
  stopAt: number;
  downAt: number;
  restartAt: number;
  upAt: number;
  recoveredAt: number | undefined;
  healthWhileDown: number;
  apiAlive: boolean;
}

function judge(t: Timeline): DrillResult {
  // Requests sent while PostgreSQL was certainly down (after its stop completed, before its restart began).
  const down = t.samples.filter((s) => s.at >= t.downAt && s.at + s.ms <= t.restartAt);
  const stable = down.filter((s) => s.status === 503 && s.code === 'DATABASE_UNAVAILABLE').length;
  const unexpected = t.samples.filter((s) => s.status !== 200 && !(s.status === 503 && s.code === 'DATABASE_UNAVAILABLE'));
  const codes = countBy(t.samples.map((s) => `${s.status} ${s.code}`));
  const recoverySeconds = t.recoveredAt === undefined ? Number.NaN : (t.recoveredAt - t.upAt) / 1000;
  const downLatency = summarize(down.map((s) => s.ms));
  const pass = down.length > 0 && stable === down.length && unexpected.length === 0 && t.recoveredAt !== undefined && t.apiAlive;
  return {
    name: 'PostgreSQL stopped under load',
    pass,
    summary:
      `${down.length} requests while down, ${stable} of them 503 DATABASE_UNAVAILABLE (p95 ${downLatency.p95.toFixed(1)} ms), ` +
      `${unexpected.length} unexpected answers, /health ${t.healthWhileDown}; 200 again ${recoverySeconds.toFixed(2)} s after the restart ` +
      `without restarting the API (${t.apiAlive ? 'same process' : 'API exited!'}); answers: ${Object.entries(codes)
        .map(([k, v]) => `${k}×${v}`)
        .join(', ')}`,
    figures: {
      requestsWhileDown: down.length,
      stable503: stable,
      unexpected: unexpected.length,
      downP50Ms: downLatency.p50,
      downP95Ms: downLatency.p95,
      healthWhileDown: t.healthWhileDown,
      stopSeconds: (t.downAt - t.stopAt) / 1000,
      restartSeconds: (t.upAt - t.restartAt) / 1000,
      recoverySeconds,
      sameApiProcess: t.apiAlive,
    },
  };
}

function countBy(keys: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const key of keys) counts[key] = (counts[key] ?? 0) + 1;
  return counts;
}
