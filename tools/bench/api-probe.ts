// The bench's side of api-probe-preload: asks the API for what it recorded and splits each
// open-loop recording's latency (counted from its planned arrival) into where the time went.
import fs from 'node:fs';
import { signalProcess } from '../stack/process-inspection';
import { waitUntil } from '../stack/wait-until';
import type { ApiProbeDump, ProbedRequest } from './api-probe-preload';
import { round1, summarize } from './stats';

/** Reads the API's probe: start() before a phase, read() after it. */
export class ApiProbe {
  constructor(
    private readonly apiPid: number,
    private readonly file: string,
  ) {}

  /** The API starts recording; a request it sees before it has handled the signal is left out of the split. */
  start(): void {
    signalProcess(this.apiPid, 'SIGURG');
  }

  /** What the API recorded since start(); it stops recording. */
  async read(): Promise<ApiProbeDump> {
    fs.rmSync(this.file, { force: true });
    signalProcess(this.apiPid, 'SIGURG');
    await waitUntil(async () => fs.existsSync(this.file), { what: 'API probe', timeoutMs: 30_000, intervalMs: 20 });
    return JSON.parse(fs.readFileSync(this.file, 'utf8')) as ApiProbeDump;
  }
}

/** One request as the load generator saw it (absolute ms: timeOrigin + now). */
export interface SentRequest {
  id: string;
  plannedAt: number;
  sentAt: number;
  answeredAt: number;
}

/** The parts of a recording's latency, ms; they add up to `total`. */
export interface LatencyParts {
  total: number;
  /** Planned arrival → the generator sent it (the generator's own event loop was late). */
  generatorLate: number;
  /** Sent → the API's loop emitted 'request' (socket, scheduling, the API's loop busy with others). */
  toApi: number;
  /** Waiting for a pooled database connection. */
  poolWait: number;
  /** The request's statements, send → result. */
  database: number;
  /** The rest of the API's time: its own CPU and waiting for its loop between the steps. */
  apiOther: number;
  /** Answer written → the generator had read it. */
  back: number;
}

const PARTS: (keyof LatencyParts)[] = ['total', 'generatorLate', 'toApi', 'poolWait', 'database', 'apiOther', 'back'];

/** Joins the generator's and the API's view of the same requests by id. */
export function latencyParts(sent: readonly SentRequest[], probed: readonly ProbedRequest[]): LatencyParts[] {
  const byId = new Map(probed.flatMap((p) => (p.id === undefined ? [] : [[p.id, p] as const])));
  return sent.flatMap((s) => {
    const p = byId.get(s.id);
    if (!p) return [];
    const server = p.finishedAt - p.arrivedAt;
    return [
      {
        total: s.answeredAt - s.plannedAt,
        generatorLate: s.sentAt - s.plannedAt,
        toApi: p.arrivedAt - s.sentAt,
        poolWait: p.poolWaitMs,
        database: p.queryMs,
        apiOther: server - p.poolWaitMs - p.queryMs,
        back: s.answeredAt - p.finishedAt,
      },
    ];
  });
}

/**
 * Lines for the report: p50/p95 of each part over all recordings, and the mean of each part over
 * the slowest 5 % (what the p95 is made of).
 */
export function describeParts(parts: readonly LatencyParts[]): string[] {
  if (parts.length === 0) return ['no recording matched between the generator and the API probe'];
  const slowest = [...parts].sort((a, b) => b.total - a.total).slice(0, Math.max(1, Math.ceil(parts.length * 0.05)));
  const mean = (key: keyof LatencyParts) => slowest.reduce((sum, p) => sum + p[key], 0) / slowest.length;
  const inApi = summarize(parts.map((p) => p.poolWait + p.database + p.apiOther));
  return [
    `  in the API (request seen → answer written): p50 ${round1(inApi.p50)} ms, p95 ${round1(inApi.p95)} ms, max ${round1(inApi.max)} ms`,
    `  p50 / p95 of each part: ${PARTS.map((key) => {
      const s = summarize(parts.map((p) => p[key]));
      return `${key} ${round1(s.p50)} / ${round1(s.p95)}`;
    }).join(', ')}`,
    `  the slowest ${slowest.length} (5 %), mean ms: ${PARTS.map((key) => `${key} ${round1(mean(key))}`).join(', ')}`,
  ];
}
