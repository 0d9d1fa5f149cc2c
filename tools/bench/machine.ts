import fs from 'node:fs';
import os from 'node:os';

/** The machine a run was measured on. */
export interface MachineFacts {
  cores: number;
  cpuModel: string;
  ramGiB: number;
  node: string;
  platform: string;
  /** 1-minute load average when the run started (the machine is shared). */
  loadAverage: number;
}

/** nproc, the CPU model from /proc/cpuinfo, RAM and the Node version. */
export function describeMachine(): MachineFacts {
  return {
    cores: os.availableParallelism(),
    cpuModel: cpuModel(),
    ramGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    loadAverage: os.loadavg()[0],
  };
}

function cpuModel(): string {
  try {
    const line = fs
      .readFileSync('/proc/cpuinfo', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('model name'));
    return line?.split(':')[1]?.trim() ?? os.cpus()[0]?.model ?? 'unbekannt';
  } catch {
    return os.cpus()[0]?.model ?? 'unbekannt';
  }
}

/** Resident memory of a process in MiB (VmRSS from /proc), or NaN when it is gone. */
export function residentMiB(pid: number): number {
  try {
    const line = fs
      .readFileSync(`/proc/${pid}/status`, 'utf8')
      .split('\n')
      .find((l) => l.startsWith('VmRSS:'));
    const kib = Number(line?.replace(/[^0-9]/g, ''));
    return Math.round((kib / 1024) * 10) / 10;
  } catch {
    return Number.NaN;
  }
}
