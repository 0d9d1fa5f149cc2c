import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';
import fs from 'node:fs';
import { startOrphanGuard } from './orphan-guard';
import { removePidFile, writePidFile } from './pid-file';
import { registerCleanup, signalNowTo } from './process-cleanup';
import { signalGroup, signalProcess } from './process-inspection';

export interface RunAs {
  uid: number;
  gid: number;
}

export interface ManagedProcessOptions {
  /** Human-readable name for messages, e.g. "PostgreSQL". */
  name: string;
  command: string;
  args: string[];
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  runAs?: RunAs;
  /** A log file to append output to, or 'inherit' to share our terminal. */
  output: string;
  pidFile: string;
  /** Strings in the command line that identify exactly this server (binary, data dir). */
  markers: string[];
  stopSignal: NodeJS.Signals;
  stopTimeoutMs?: number;
  /** Ephemeral data the orphan guard deletes if we die without stopping the server. */
  orphanCleanupDir?: string;
}

export interface ExitInfo {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface ManagedProcess {
  readonly pid: number;
  readonly exited: Promise<ExitInfo>;
  /** Set once the process has ended. */
  exitInfo(): ExitInfo | undefined;
  signal(signal: NodeJS.Signals): void;
  /** Stop signal, then SIGKILL to the whole group when it does not end in time. */
  stop(): Promise<void>;
}

/**
 * Starts a server that can never outlive us unnoticed: it runs in its own process group (Ctrl-C
 * reaches only us, so we decide the order of shutdown), its pid is written to a pid file for
 * the next run, a watchdog ends it if we are killed, and exit/signal hooks stop it.
 */
export function startManagedProcess(options: ManagedProcessOptions): ManagedProcess {
  const child = spawnDetached(options);
  const pid = child.pid;
  if (pid === undefined) throw new Error(`${options.name}: Prozess konnte nicht gestartet werden (${options.command}).`);
  let info: ExitInfo | undefined;
  const exited = new Promise<ExitInfo>((resolve) => {
    child.once('exit', (code, signal) => resolve((info = { code, signal })));
  });
  writePidFile(options.pidFile, { pid, ownerPid: process.pid, markers: options.markers });
  const guard = startOrphanGuard({ serverPid: pid, ...guardOptions(options) });
  const stop = () => (info === undefined ? stopProcess(pid, exited, options) : Promise.resolve());
  const unregister = registerCleanup(options.name, stop, signalNowTo(pid, options.stopSignal));
  void exited.then(() => {
    unregister();
    guard.dispose();
    removePidFile(options.pidFile, pid);
  });
  child.unref();
  return { pid, exited, exitInfo: () => info, signal: (signal) => signalProcess(pid, signal), stop };
}

function guardOptions(options: ManagedProcessOptions) {
  return { markers: options.markers, stopSignal: options.stopSignal, cleanupDir: options.orphanCleanupDir };
}

function spawnDetached(options: ManagedProcessOptions): ChildProcess {
  const logFd = options.output === 'inherit' ? undefined : fs.openSync(options.output, 'a');
  const stdio: StdioOptions = logFd === undefined ? ['ignore', 'inherit', 'inherit'] : ['ignore', logFd, logFd];
  try {
    const child = spawn(options.command, options.args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      detached: true,
      stdio,
      ...options.runAs,
    });
    // Spawn failures (ENOENT, EACCES) arrive as an event; without a listener they would crash us.
    child.on('error', (error) => console.error(`${options.name}: ${error.message}`));
    return child;
  } finally {
    if (logFd !== undefined) fs.closeSync(logFd);
  }
}

async function stopProcess(pid: number, exited: Promise<ExitInfo>, options: ManagedProcessOptions): Promise<void> {
  signalProcess(pid, options.stopSignal);
  const timeoutMs = options.stopTimeoutMs ?? 15_000;
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)));
  const outcome = await Promise.race([exited, timedOut]);
  clearTimeout(timer);
  if (outcome === 'timeout') {
    console.warn(`${options.name} reagiert nicht auf ${options.stopSignal}, wird hart beendet.`);
    signalGroup(pid, 'SIGKILL');
    await exited;
  }
}
