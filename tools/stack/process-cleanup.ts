import { signalProcess } from './process-inspection';

interface CleanupEntry {
  name: string;
  /** Orderly stop (awaited on signals and uncaught errors). */
  stop: () => Promise<void>;
  /** Synchronous last resort when the process exits without awaiting anything. */
  signalNow: () => void;
}

const entries: CleanupEntry[] = [];
let exitCodeOnSignal: number | undefined;
let shuttingDown = false;
let hooksInstalled = false;

/**
 * Registers something to stop when this process ends: normal exit, SIGINT, SIGTERM, SIGHUP,
 * or an uncaught error. Entries are stopped last-in-first-out (the API before the databases).
 * Returns the function that unregisters the entry again.
 */
export function registerCleanup(name: string, stop: () => Promise<void>, signalNow: () => void): () => void {
  const entry: CleanupEntry = { name, stop, signalNow };
  entries.push(entry);
  installHooks();
  return () => {
    const index = entries.indexOf(entry);
    if (index >= 0) entries.splice(index, 1);
    if (entries.length === 0) removeHooks();
  };
}

/** `npm start` ends with 0 on Ctrl-C; without this a signal exits with 128 + signal number. */
export function setExitCodeOnSignal(code: number): void {
  exitCodeOnSignal = code;
}

/** True once a signal or an uncaught error started the shutdown (exits are expected then). */
export function isShuttingDown(): boolean {
  return shuttingDown;
}

/** Stops every registered entry, newest first; an entry that fails does not stop the rest. */
export async function stopAllRegistered(): Promise<void> {
  for (const entry of [...entries].reverse()) {
    if (!entries.includes(entry)) continue;
    await entry.stop().catch((error: unknown) => console.error(`${entry.name}: Stoppen fehlgeschlagen`, error));
  }
}

const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
const SIGNAL_NUMBERS: Record<string, number> = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 };

function onSignal(signal: NodeJS.Signals): void {
  const code = exitCodeOnSignal ?? 128 + (SIGNAL_NUMBERS[signal] ?? 0);
  if (shuttingDown) {
    // Second Ctrl-C: the user does not want to wait any longer.
    signalAllNow();
    process.exit(code);
  }
  shuttingDown = true;
  void stopAllRegistered().finally(() => process.exit(code));
}

function onUncaught(error: unknown): void {
  console.error(error);
  if (shuttingDown) return;
  shuttingDown = true;
  void stopAllRegistered().finally(() => process.exit(1));
}

function signalAllNow(): void {
  for (const entry of entries) entry.signalNow();
}

// Inside a Jest worker the test framework owns signals and error reporting; the 'exit' hook
// and the orphan guard are enough there.
function ownsProcessLifecycle(): boolean {
  return process.env.JEST_WORKER_ID === undefined;
}

function installHooks(): void {
  if (hooksInstalled) return;
  hooksInstalled = true;
  process.on('exit', signalAllNow);
  if (!ownsProcessLifecycle()) return;
  for (const signal of SIGNALS) process.on(signal, onSignal);
  process.on('uncaughtException', onUncaught);
  process.on('unhandledRejection', onUncaught);
}

function removeHooks(): void {
  if (!hooksInstalled || shuttingDown) return;
  hooksInstalled = false;
  process.off('exit', signalAllNow);
  for (const signal of SIGNALS) process.off(signal, onSignal);
  process.off('uncaughtException', onUncaught);
  process.off('unhandledRejection', onUncaught);
}

/** Helper for entries whose last resort is "send the stop signal to this pid". */
export function signalNowTo(pid: number, signal: NodeJS.Signals): () => void {
  return () => signalProcess(pid, signal);
}
