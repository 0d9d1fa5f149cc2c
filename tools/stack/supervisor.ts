import type { ExitInfo } from './managed-process';
import { isShuttingDown } from './process-cleanup';

/** What the supervisor needs of a server it watches. */
export interface Supervisable {
  readonly pid: number;
  readonly exited: Promise<ExitInfo>;
  /** Ends the server at once, including processes it forked (PostgreSQL's backends). */
  kill(signal: NodeJS.Signals): void;
  stop(): Promise<void>;
}

export interface SupervisorOptions<S extends Supervisable> {
  /** "PostgreSQL", "Meilisearch": the start of every log line. */
  name: string;
  server: S;
  /** Starts the server again on the same port and data; resolves once it answers. */
  restart: () => Promise<S>;
  /** A check on a fresh connection; false or a throw counts as "does not answer". */
  probe: (server: S) => Promise<boolean>;
  /** A server alive but not answering for this long is stuck: killed and restarted. */
  stuckAfterMs?: number;
  probeIntervalMs?: number;
  /** Delay before the n-th restart in a row: firstMs · 2^(n-1), at most maxMs. */
  backoff?: { firstMs: number; maxMs: number };
  /** A server that answered for this long after a restart resets the backoff. */
  stableAfterMs?: number;
  log?: (line: string) => void;
  /** Called on every change of the status (e.g. to write it where /health can read it). */
  onStatus?: (status: SupervisorStatus) => void;
}

/** What the supervisor knows about its server; written for /health by the launcher. */
export interface SupervisorStatus {
  name: string;
  state: 'running' | 'restarting' | 'stopped';
  pid: number | undefined;
  /** Successful restarts since the launcher started. */
  restarts: number;
  lastRestartAt?: string;
  /** Why the server was last restarted, e.g. "exited (signal SIGKILL)". */
  lastReason?: string;
}

export interface Supervisor<S extends Supervisable> {
  /** The server now running (a new object after each restart). */
  current(): S;
  status(): SupervisorStatus;
  /** Ends supervision, then stops the current server. */
  stop(): Promise<void>;
  /** Ends supervision and hands the running server back (waits for a restart in flight). */
  release(): Promise<S>;
}

const DEFAULTS = {
  stuckAfterMs: 15_000,
  probeIntervalMs: 1_000,
  // Capped at 8 s: once the cause is gone (disk writable again) the server is back within seconds.
  backoff: { firstMs: 1_000, maxMs: 8_000 },
  stableAfterMs: 30_000,
};

/**
 * Keeps a server running: when it exits, or stays alive without answering for `stuckAfterMs`
 * (PostgreSQL stuck in crash recovery after a PANIC), one line is logged and it is started
 * again on the same port and data, with exponential backoff while restarts keep failing.
 */
export function superviseServer<S extends Supervisable>(options: SupervisorOptions<S>): Supervisor<S> {
  const settings = { ...DEFAULTS, ...options };
  const log = options.log ?? ((line: string) => console.error(line));
  let server = options.server;
  let active = true;
  let failuresInARow = 0;
  let lastAnswerAt = Date.now();
  let upSince = Date.now();
  let probing = false;
  let restarting = false;
  let recovery: Promise<void> | undefined;
  let status: SupervisorStatus = { name: options.name, state: 'running', pid: server.pid, restarts: 0 };
  const setStatus = (change: Partial<SupervisorStatus>) => {
    status = { ...status, ...change };
    options.onStatus?.(status);
  };
  setStatus({});

  const watch = (watched: S) => {
    void watched.exited.then((exit) => {
      if (watched === server && active && !restarting && !isShuttingDown()) recovery = recover(watched, `beendet (${describeExit(exit)})`);
    });
  };

  const recover = async (failed: S, reason: string) => {
    restarting = true;
    setStatus({ state: 'restarting', pid: undefined, lastReason: reason });
    // A killed PostgreSQL postmaster leaves backends that still hold its shared memory.
    failed.kill('SIGKILL');
    await failed.exited;
    while (active && !isShuttingDown()) {
      failuresInARow += 1;
      const delayMs = Math.min(settings.backoff.firstMs * 2 ** (failuresInARow - 1), settings.backoff.maxMs);
      log(`${options.name} (PID ${failed.pid}) ${reason}: Neustart in ${delayMs / 1000} s (Versuch ${failuresInARow}).`);
      await delay(delayMs, () => !active);
      if (!active) break;
      const startedAt = Date.now();
      try {
        const next = await options.restart();
        if (!active) {
          await next.stop();
          break;
        }
        server = next;
        lastAnswerAt = upSince = Date.now();
        restarting = false;
        const restartedAt = new Date().toISOString();
        setStatus({ state: 'running', pid: next.pid, restarts: status.restarts + 1, lastRestartAt: restartedAt });
        log(`${options.name} läuft wieder (PID ${next.pid}, bereit nach ${((Date.now() - startedAt) / 1000).toFixed(1)} s).`);
        watch(next);
        return;
      } catch (error) {
        reason = `Neustart fehlgeschlagen: ${firstLine(error)}`;
        setStatus({ lastReason: reason });
      }
    }
    restarting = false;
  };

  const probeOnce = async () => {
    if (probing || restarting || !active) return;
    probing = true;
    const probed = server;
    try {
      const answers = await options.probe(probed).catch(() => false);
      if (probed !== server || restarting || !active) return;
      const now = Date.now();
      if (answers) {
        lastAnswerAt = now;
        if (now - upSince >= settings.stableAfterMs) failuresInARow = 0;
      } else if (now - lastAnswerAt >= settings.stuckAfterMs) {
        recovery = recover(probed, `antwortet seit ${Math.round((now - lastAnswerAt) / 1000)} s nicht (hängt)`);
      }
    } finally {
      probing = false;
    }
  };

  watch(server);
  const timer = setInterval(() => void probeOnce(), settings.probeIntervalMs);
  // Supervision alone must not keep a process (or a test worker) alive.
  timer.unref();

  const end = async () => {
    active = false;
    clearInterval(timer);
    // A restart in flight stops the server it started itself (it sees `active` false).
    await recovery;
  };
  return {
    current: () => server,
    status: () => status,
    stop: async () => {
      await end();
      await server.stop();
      setStatus({ state: 'stopped', pid: undefined });
    },
    release: async () => {
      await end();
      return server;
    },
  };
}

function describeExit(exit: ExitInfo): string {
  return exit.signal ? `Signal ${exit.signal}` : `Code ${exit.code}`;
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0];
}

/** Waits `ms`, or less when `cancelled` turns true (checked every 100 ms). */
async function delay(ms: number, cancelled: () => boolean): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until && !cancelled()) {
    await new Promise((resolve) => setTimeout(resolve, Math.min(100, until - Date.now())));
  }
}
