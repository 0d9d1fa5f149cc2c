import fs from 'node:fs';

// Linux reports utime/stime in USER_HZ ticks, which is 100 on every architecture Node runs on.
const TICKS_PER_SECOND = 100;

interface ProcStat {
  ppid: number;
  /** utime + stime of the process itself. */
  ownTicks: number;
  /** cutime + cstime: children it has already reaped (a backend that ended during the window). */
  reapedTicks: number;
}

function readStat(pid: number): ProcStat | undefined {
  try {
    const text = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may contain spaces and parentheses: the fields after its last ')' are fixed.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    const tick = (i: number) => Number(fields[i - 3]);
    return { ppid: tick(4), ownTicks: tick(14) + tick(15), reapedTicks: tick(16) + tick(17) };
  } catch {
    return undefined;
  }
}

/**
 * CPU seconds a process and its direct children have used so far (PostgreSQL: the postmaster
 * and its backends). Compare two readings to get the CPU a phase cost each server.
 */
export function cpuSecondsOfTree(pid: number): number {
  const root = readStat(pid);
  if (!root) return Number.NaN;
  let ticks = root.ownTicks + root.reapedTicks;
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const child = readStat(Number(entry));
    if (child?.ppid === pid) ticks += child.ownTicks;
  }
  return ticks / TICKS_PER_SECOND;
}

/** CPU seconds these processes have used so far (gone ones count 0). */
export function cpuSecondsOf(pids: readonly number[]): number {
  return pids.reduce((sum, pid) => sum + (readStat(pid)?.ownTicks ?? 0), 0) / TICKS_PER_SECOND;
}

/** CPU seconds of this process (the load generator). */
export function ownCpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}
