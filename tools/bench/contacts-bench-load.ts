// The recording loads of the first-contact bench: a closed loop of agents firing as fast as they
// can (saturation), one agent at a time (the service time), and an open loop of recordings
// arriving at a stated rate while the other agents search (latency as a BSC would see it).
import type { RecordContactRequest } from '@bsc/domain';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { Pool } from 'pg';
import { apiSearchPath } from './api-search-path';
import { latencyParts, type ApiProbe, type LatencyParts, type SentRequest } from './api-probe';
import type { ApiProbeDump } from './api-probe-preload';
import type { ApiSession } from './api-session';
import { sampleConnectionStates, type ConnectionStates } from './connection-states';
import type { ContactWorld } from './contacts-bench-data';
import { cpuSecondsOf, cpuSecondsOfTree, ownCpuSeconds } from './process-cpu';
import { summarize, type LatencySummary } from './stats';

/** One measured series of requests. */
export interface Measured extends LatencySummary {
  label: string;
  failed: number;
  perSecond?: number;
  note?: string;
}

/** CPU milliseconds one recording cost each process during the closed loop. */
export interface CpuPerRecording {
  api: number;
  /** The backends serving the API's connections. */
  postgresApiConnections: number;
  /** Everything else of PostgreSQL: autovacuum (after the boot purge), checkpointer, WAL writer. */
  postgresOther: number;
  loadGenerator: number;
}

/** The processes whose CPU the closed loop reads. */
export interface BenchProcesses {
  apiPid: number;
  postgresPid: number;
}

export async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await run();
  return { ms: performance.now() - start, value };
}

export function randomContact(world: ContactWorld): RecordContactRequest {
  const pick = <T>(values: readonly T[]) => values[Math.floor(Math.random() * values.length)];
  const index = Math.floor(Math.random() * world.articleIds.length);
  const articleIds = Math.random() < 0.1 ? [] : [world.articleIds[index], pick(world.articleIds)];
  const outcome = pick(['settled', 'settled', 'settled', 'forwarded', 'appointment', 'callback', 'referred'] as const);
  const channel = pick(['phone', 'counter', 'email'] as const);
  if (outcome === 'forwarded') return { outcome, channel, articleIds, departmentId: world.articleDepartments[index] };
  if (outcome === 'referred') return { outcome, channel, articleIds, authorityId: world.authorityId };
  return { outcome, channel, articleIds };
}

async function recordOne(agent: ApiSession, world: ContactWorld): Promise<{ ms: number; ok: boolean }> {
  const { ms, value } = await timed(() => agent.call('POST', '/api/v1/contacts', randomContact(world)));
  return { ms, ok: value.status === 201 };
}

/** Every agent records, waits for the answer and records again: the server's saturation. */
export async function measureClosedLoop(
  agents: ApiSession[],
  world: ContactWorld,
  seconds: number,
  probes: { db: Pool; processes: BenchProcesses },
): Promise<Measured & { cpu: CpuPerRecording; connections: ConnectionStates }> {
  const samples: number[] = [];
  let failed = 0;
  const backendsBefore = cpuPerBackend(await apiBackends(probes.db));
  const cpuBefore = readCpu(probes.processes);
  const states = sampleConnectionStates(probes.db);
  const deadline = performance.now() + seconds * 1000;
  await Promise.all(
    agents.map(async (agent) => {
      while (performance.now() < deadline) {
        const { ms, ok } = await recordOne(agent, world);
        if (ok) samples.push(ms);
        else failed += 1;
      }
    }),
  );
  const connections = await states.stop();
  const cpuAfter = readCpu(probes.processes);
  // The pool opens connections as the load grows: a backend not there before started at 0.
  const backendsAfter = cpuPerBackend(await apiBackends(probes.db));
  cpuAfter.postgresApiConnections = [...backendsAfter].reduce((sum, [pid, cpu]) => sum + cpu - (backendsBefore.get(pid) ?? 0), 0);
  cpuAfter.postgresOther -= cpuAfter.postgresApiConnections;
  const perRecording = (key: keyof CpuPerRecording) => ((cpuAfter[key] - cpuBefore[key]) * 1000) / Math.max(1, samples.length + failed);
  return {
    label: `POST /contacts, closed loop: ${agents.length} agents each recording again at once, ${seconds} s`,
    ...summarize(samples),
    failed,
    perSecond: samples.length / seconds,
    cpu: {
      api: perRecording('api'),
      postgresApiConnections: perRecording('postgresApiConnections'),
      postgresOther: perRecording('postgresOther'),
      loadGenerator: perRecording('loadGenerator'),
    },
    connections,
  };
}

/** One agent, one recording after the other: what a recording costs without any queue. */
export async function measureOneAtATime(agent: ApiSession, world: ContactWorld, count: number): Promise<Measured> {
  const samples: number[] = [];
  let failed = 0;
  for (let i = 0; i < count; i += 1) {
    const { ms, ok } = await recordOne(agent, world);
    if (ok) samples.push(ms);
    else failed += 1;
  }
  return { label: `POST /contacts, one agent, one recording at a time (${count})`, ...summarize(samples), failed };
}

async function apiBackends(db: Pool): Promise<number[]> {
  const { rows } = await db.query<{ pid: number }>(
    `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND backend_type = 'client backend' AND application_name <> 'bench'`,
  );
  return rows.map((r) => r.pid);
}

function cpuPerBackend(pids: number[]): Map<number, number> {
  return new Map(pids.map((pid) => [pid, cpuSecondsOf([pid])]));
}

// postgresOther holds all of PostgreSQL here; the caller moves the connections' share out of it.
function readCpu(processes: BenchProcesses): CpuPerRecording {
  return {
    api: cpuSecondsOfTree(processes.apiPid),
    postgresApiConnections: 0,
    postgresOther: cpuSecondsOfTree(processes.postgresPid),
    loadGenerator: ownCpuSeconds(),
  };
}

/**
 * The open loop's arrival rates. A BSC has ~30 agents, each recording a contact every few
 * minutes (a call or a counter visit takes minutes): ~0.2 recordings/s. The bench asks for 15×
 * that — every agent finishing a contact every 10 s — while the agents search five times per
 * contact (typing, refining, a second service): generous, yet the load a BSC could really have.
 */
export const OPEN_LOOP = { agents: 30, recordingsPerSecond: 3, searchesPerSecond: 15 } as const;

/** The open loop's figures; `parts` splits each recording's latency when the API probe ran. */
export interface OpenLoopResult {
  recording: Measured;
  search: Measured;
  /** How late the generator sent, planned arrival → request written, p50/p95/max ms (all requests). */
  generatorLate: LatencySummary;
  /** The generator's own CPU per request of the loop, ms. */
  generatorCpuMs: number;
  /** The generator's own event loop delay during the loop, ms. */
  generatorLoop: { p50: number; p95: number; p99: number; max: number };
  parts: LatencyParts[];
  probe?: ApiProbeDump;
}

/**
 * Recordings and searches arrive at random (Poisson) times at the given rates, whether or not
 * earlier requests have been answered, as requests of independent agents do. Latency counts from
 * the planned arrival, so a late load generator cannot hide a slow server. With a probe, the API
 * says for each recording (found by its x-bench-request header) when it saw it and how long it
 * waited for the pool and the database.
 */
export async function measureOpenLoop(
  agents: ApiSession[],
  world: ContactWorld,
  queries: string[],
  seconds: number,
  probe?: ApiProbe,
): Promise<OpenLoopResult> {
  const pick = <T>(values: readonly T[]) => values[Math.floor(Math.random() * values.length)];
  const stream = (perSecond: number, prefix: string, expected: number, send: (agent: ApiSession, id: string) => Promise<number>) =>
    arrivals(perSecond, seconds, prefix, (id) => send(pick(agents), id), expected);
  probe?.start();
  const loop = monitorEventLoopDelay({ resolution: GENERATOR_LOOP_RESOLUTION_MS });
  loop.enable();
  const cpuBefore = ownCpuSeconds();
  const [recording, search] = await Promise.all([
    stream(
      OPEN_LOOP.recordingsPerSecond,
      'r',
      201,
      async (agent, id) => (await agent.call('POST', '/api/v1/contacts', randomContact(world), { 'x-bench-request': id })).status,
    ),
    stream(
      OPEN_LOOP.searchesPerSecond,
      's',
      200,
      async (agent, id) => (await agent.call('GET', apiSearchPath(pick(queries)), undefined, { 'x-bench-request': id })).status,
    ),
  ]);
  loop.disable();
  const generatorCpuMs = ((ownCpuSeconds() - cpuBefore) * 1000) / Math.max(1, recording.length + search.length);
  const dump = await probe?.read();
  const label = `${OPEN_LOOP.agents} agents, ${OPEN_LOOP.recordingsPerSecond} recordings/s + ${OPEN_LOOP.searchesPerSecond} searches/s`;
  const latencies = (r: ArrivalRecord[]) => r.filter((a) => a.ok).map((a) => a.answeredAt - a.plannedAt);
  const failures = (r: ArrivalRecord[]) => {
    const reasons = [...new Set(r.flatMap((a) => (a.ok ? [] : [a.failure])))];
    return reasons.length > 0 ? `failed: ${reasons.join(', ')}` : undefined;
  };
  return {
    recording: {
      label: `POST /contacts, open loop: ${label}, ${seconds} s`,
      ...summarize(latencies(recording)),
      failed: recording.filter((a) => !a.ok).length,
      note: failures(recording),
    },
    search: {
      label: `GET /search, same open loop`,
      ...summarize(latencies(search)),
      failed: search.filter((a) => !a.ok).length,
      note: failures(search),
    },
    generatorLate: summarize([...recording, ...search].map((a) => a.sentAt - a.plannedAt)),
    generatorCpuMs,
    generatorLoop: {
      p50: late(loop.percentile(50)),
      p95: late(loop.percentile(95)),
      p99: late(loop.percentile(99)),
      max: late(loop.max),
    },
    parts: dump
      ? latencyParts(
          recording.filter((a) => a.ok),
          dump.requests,
        )
      : [],
    probe: dump,
  };
}

// The histogram holds the intervals (ns) between its timer's runs: minus the interval, how late.
const GENERATOR_LOOP_RESOLUTION_MS = 10;
const late = (intervalNs: number) => intervalNs / 1e6 - GENERATOR_LOOP_RESOLUTION_MS;

/** One request of the open loop, absolute ms (timeOrigin + now) as the API probe's. */
interface ArrivalRecord extends SentRequest {
  ok: boolean;
  /** Why it failed: the HTTP status or the error (e.g. a reset kept-alive socket). */
  failure?: string;
}

async function arrivals(
  perSecond: number,
  seconds: number,
  prefix: string,
  send: (id: string) => Promise<number>,
  expected: number,
): Promise<ArrivalRecord[]> {
  const records: ArrivalRecord[] = [];
  const inFlight: Promise<void>[] = [];
  const start = performance.now();
  let n = 0;
  for (let at = nextGap(perSecond); at < seconds * 1000; at += nextGap(perSecond)) {
    const planned = start + at;
    // Rounded up: Node truncates a timer's delay to whole ms, which fired up to 1 ms before the
    // planned arrival and hid that much of the latency (the probe saw sends 0.1 ms early at p50).
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, Math.ceil(planned - performance.now()))));
    const record: ArrivalRecord = {
      id: `${prefix}${(n += 1)}`,
      plannedAt: absolute(planned),
      sentAt: absolute(performance.now()),
      answeredAt: Number.NaN,
      ok: false,
    };
    records.push(record);
    inFlight.push(
      send(record.id).then(
        (status) => {
          record.answeredAt = absolute(performance.now());
          record.ok = status === expected;
          if (!record.ok) record.failure = `HTTP ${status}`;
        },
        (error: unknown) => {
          record.failure = error instanceof Error ? error.message : String(error);
        },
      ),
    );
  }
  await Promise.all(inFlight);
  return records;
}

function absolute(now: number): number {
  return performance.timeOrigin + now;
}

// Exponentially distributed gaps (ms) make a Poisson process of the given rate.
function nextGap(perSecond: number): number {
  return (-Math.log(1 - Math.random()) / perSecond) * 1000;
}
