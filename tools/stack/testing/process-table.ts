import fs from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { commandLine } from '../process-inspection';

/** Test-only view of /proc: who is still alive after a stop, crash or Ctrl-C. */

function allPids(): number[] {
  return fs
    .readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .map(Number);
}

function parentOf(pid: number): number | undefined {
  try {
    // The command name (field 2) is in parentheses and may contain spaces; ppid follows it.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return undefined;
  }
}

/** Direct children, e.g. the backends and background workers of a postmaster. */
export function childrenOf(pid: number): number[] {
  return allPids().filter((candidate) => parentOf(candidate) === pid);
}

/** Processes whose command line contains `text`. */
export function processesWith(text: string): number[] {
  return allPids().filter((pid) => commandLine(pid)?.includes(text) ?? false);
}

/** The orphan-guard watchdogs that `ownerPid` started for these servers. */
export function guardsOf(ownerPid: number, serverPids: readonly number[]): number[] {
  return serverPids.flatMap((serverPid) => processesWith(`bsc-orphan-guard ${ownerPid} ${serverPid} `));
}

/** Pids from the list that still run (zombies count as gone). */
export function stillRunning(pids: readonly number[]): number[] {
  return pids.filter((pid) => commandLine(pid) !== undefined);
}

/** Waits until none of the pids runs any more; returns the ones still running at the timeout. */
export async function waitUntilGone(pids: readonly number[], timeoutMs: number): Promise<number[]> {
  const deadline = Date.now() + timeoutMs;
  while (stillRunning(pids).length > 0 && Date.now() < deadline) await sleep(100);
  return stillRunning(pids);
}
