import fs from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

/** True while a process with this pid exists (also when it belongs to another user). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The command line of a running process from /proc, or undefined when it is gone (or a zombie). */
export function commandLine(pid: number): string | undefined {
  try {
    const raw = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return raw.length > 0 ? raw.split('\0').join(' ') : undefined;
  } catch {
    return undefined;
  }
}

/**
 * True when `pid` still runs the program we started: every marker (binary path, data dir)
 * occurs in its command line. Guards against killing a stranger that reused the pid.
 */
export function runsCommand(pid: number, markers: readonly string[]): boolean {
  const line = commandLine(pid);
  return line !== undefined && markers.every((marker) => line.includes(marker));
}

/** Sends a signal, ignoring "no such process". */
export function signalProcess(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}

/** Signals the whole process group (our servers are group leaders because they run detached). */
export function signalGroup(pid: number, signal: NodeJS.Signals): void {
  signalProcess(-pid, signal);
}

/** Waits until the process no longer runs the given command; false on timeout. */
export async function waitForEnd(pid: number, markers: readonly string[], timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (runsCommand(pid, markers)) {
    if (Date.now() > deadline) return false;
    await sleep(50);
  }
  return true;
}
