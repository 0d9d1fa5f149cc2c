// The recording loads of the first-contact bench: a closed loop of agents firing as fast as they
// can (saturation), one agent at a time (the service time), and an open loop of recordings
// arriving at a stated rate while the other agents search (latency as a BSC would see it).
import type { RecordContactRequest } from '@bsc/domain';
import type { Pool } from 'pg';
import type { ApiSession } from './api-session';
import { sampleConnectionStates, type ConnectionStates } from './connection-states';
import type { ContactWorld } from './contacts-bench-data';
import { cpuSecondsOfTree, ownCpuSeconds } from './process-cpu';
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
  postgres: number;
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
  const perRecording = (key: keyof CpuPerRecording) => ((cpuAfter[key] - cpuBefore[key]) * 1000) / Math.max(1, samples.length + failed);
  return {
    label: `POST /contacts, closed loop: ${agents.length} agents each recording again at once, ${seconds} s`,
    ...summarize(samples),
    failed,
    perSecond: samples.length / seconds,
    cpu: { api: perRecording('api'), postgres: perRecording('postgres'), loadGenerator: perRecording('loadGenerator') },
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

function readCpu(processes: BenchProcesses): CpuPerRecording {
  return { api: cpuSecondsOfTree(processes.apiPid), postgres: cpuSecondsOfTree(processes.postgresPid), loadGenerator: ownCpuSeconds() };
}
