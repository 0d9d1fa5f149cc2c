// Loaded with `node -r` into the bench's API child process next to the CPU profiler preload.
// Records, per HTTP request, when the API's event loop saw it and when the answer was written,
// and within it how long the request waited for a pooled database connection (pg-pool) and how
// long its statements took from send to result; plus the event loop's delay. A SIGURG starts the
// recording, the next one stops it and writes what was recorded to $BENCH_API_PROBE: the bench
// reads exactly its open loop, and the other phases run without it. SIGURG because its default action is to be ignored (SIGWINCH is
// the profiler's, SIGUSR1/2 belong to the inspector and Nest). Nothing of this is in src/: the
// API itself knows nothing of the bench.
import { AsyncLocalStorage } from 'node:async_hooks';
import fs from 'node:fs';
import http from 'node:http';
import { monitorEventLoopDelay } from 'node:perf_hooks';

/** One HTTP request as the API saw it; times are absolute ms (timeOrigin + now). */
export interface ProbedRequest {
  /** The x-bench-request header, when the load generator sent one. */
  id?: string;
  method: string;
  path: string;
  /** When the server emitted 'request' (the loop had parsed the headers). */
  arrivedAt: number;
  /** When the answer was handed to the socket. */
  finishedAt: number;
  /** Waiting for a connection of the pool. */
  poolWaitMs: number;
  /** Statements from send to result (includes PostgreSQL's CPU and the loop picking the result up). */
  queryMs: number;
  queries: number;
  /** Requests waiting for a pool connection when this one asked for one (the most seen). */
  poolQueue: number;
}

/** What one SIGURG writes. */
export interface ApiProbeDump {
  requests: ProbedRequest[];
  /** monitorEventLoopDelay over the same span: how late the loop came round, ms. */
  eventLoopDelay: { p50: number; p95: number; p99: number; max: number; mean: number };
  /**
   * Each time the loop came back ≥ 20 ms late: how late, and how much CPU the process used in
   * that time. CPU ≈ the gap: JavaScript (or GC) held the loop; CPU ≈ 0: the process waited for
   * a core (the machine's other load) or for I/O.
   */
  stalls: { gapMs: number; cpuMs: number }[];
  /**
   * Longest wait for a pool connection, ms, the most requests waiting at once, the most
   * connections open at once, and the connections opened (PostgreSQL start-up with SCRAM) and
   * their time, ms.
   */
  pool: { maxWaitMs: number; maxQueue: number; max: number; mostOpen: number; opened: number; openMs: number[] };
}

const target = process.env.BENCH_API_PROBE;

const RESOLUTION_MS = 10;

const absoluteNow = () => performance.timeOrigin + performance.now();

if (target) {
  const context = new AsyncLocalStorage<ProbedRequest>();
  let requests: ProbedRequest[] = [];
  let pool: ApiProbeDump['pool'] = { maxWaitMs: 0, maxQueue: 0, max: 0, mostOpen: 0, opened: 0, openMs: [] };
  // 10 ms, not 1: a timer every millisecond woke the API 1,000 times a second on the shared cores.
  const delay = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  let stalls: ApiProbeDump['stalls'] = [];
  let ticker: NodeJS.Timeout | undefined;
  let active = false;

  const start = () => {
    requests = [];
    stalls = [];
    pool = { maxWaitMs: 0, maxQueue: 0, max: pool.max, mostOpen: 0, opened: 0, openMs: [] };
    delay.reset();
    delay.enable();
    let lastTick = performance.now();
    let lastCpu = process.cpuUsage();
    ticker = setInterval(() => {
      const now = performance.now();
      const cpu = process.cpuUsage();
      const gapMs = now - lastTick - RESOLUTION_MS;
      if (gapMs >= 20) stalls.push({ gapMs, cpuMs: (cpu.user - lastCpu.user + cpu.system - lastCpu.system) / 1000 });
      lastTick = now;
      lastCpu = cpu;
    }, RESOLUTION_MS).unref();
    install(true);
    active = true;
  };

  // Installed only while recording: otherwise every request's stack would pass through this file
  // and the closed loop's CPU profile would count it inclusively.
  const originalEmit = http.Server.prototype.emit;
  const emit = originalEmit as (this: http.Server, event: string, ...args: unknown[]) => boolean;
  const probedEmit = function (this: http.Server, event: string, ...args: unknown[]) {
    if (event !== 'request') return emit.call(this, event, ...args);
    const [request, response] = args as [http.IncomingMessage, http.ServerResponse];
    const header = request.headers['x-bench-request'];
    const probed: ProbedRequest = {
      id: typeof header === 'string' ? header : undefined,
      method: request.method ?? '',
      path: (request.url ?? '').split('?')[0],
      arrivedAt: absoluteNow(),
      finishedAt: Number.NaN,
      poolWaitMs: 0,
      queryMs: 0,
      queries: 0,
      poolQueue: 0,
    };
    response.on('finish', () => {
      probed.finishedAt = absoluteNow();
      requests.push(probed);
    });
    return context.run(probed, () => emit.call(this, event, ...args));
  } as typeof http.Server.prototype.emit;

  // The API's own copies of pg and pg-pool (the preload resolves from the workspace like the API).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const PgPool = require('pg-pool') as { prototype: PoolLike };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const pg = require('pg') as { Client: { prototype: ClientLike } };

  const connect = PgPool.prototype.connect;
  const probedPoolConnect = function (this: PoolLike, callback?: (...results: unknown[]) => void) {
    const probed = context.getStore();
    const asked = performance.now();
    const queue = this.waitingCount;
    pool.max = Math.max(pool.max, this.options?.max ?? 0);
    const done = (waited: number) => {
      pool.mostOpen = Math.max(pool.mostOpen, this.totalCount);
      pool.maxWaitMs = Math.max(pool.maxWaitMs, waited);
      pool.maxQueue = Math.max(pool.maxQueue, queue + 1);
      if (probed) {
        probed.poolWaitMs += waited;
        probed.poolQueue = Math.max(probed.poolQueue, queue);
      }
    };
    if (typeof callback === 'function') {
      return connect.call(this, (...results: unknown[]) => {
        done(performance.now() - asked);
        callback(...results);
      });
    }
    const result = connect.call(this) as Promise<unknown>;
    return result.then((client) => {
      done(performance.now() - asked);
      return client;
    });
  };

  const clientConnect = pg.Client.prototype.connect;
  const probedClientConnect = function (this: ClientLike, ...args: unknown[]) {
    const started = performance.now();
    const counted = pool;
    const opened = () => {
      counted.opened += 1;
      counted.openMs.push(performance.now() - started);
    };
    const callback = args[0];
    if (typeof callback === 'function') {
      return clientConnect.call(this, (...results: unknown[]) => {
        opened();
        (callback as (...r: unknown[]) => void)(...results);
      });
    }
    const result = clientConnect.apply(this, args) as unknown;
    if (isPromise(result)) result.then(opened, () => undefined);
    return result;
  };

  const query = pg.Client.prototype.query;
  const probedQuery = function (this: ClientLike, ...args: unknown[]) {
    const probed = context.getStore();
    const result = query.apply(this, args) as unknown;
    if (!probed || !isPromise(result)) return result;
    const sent = performance.now();
    const settle = () => {
      probed.queryMs += performance.now() - sent;
      probed.queries += 1;
    };
    result.then(settle, settle);
    return result;
  };

  // Like the emit above, installed only while recording.
  const install = (on: boolean) => {
    http.Server.prototype.emit = on ? probedEmit : originalEmit;
    PgPool.prototype.connect = on ? probedPoolConnect : connect;
    pg.Client.prototype.connect = on ? probedClientConnect : clientConnect;
    pg.Client.prototype.query = on ? probedQuery : query;
  };

  process.on('SIGURG', () => {
    if (!active) return start();
    active = false;
    install(false);
    clearInterval(ticker);
    delay.disable();
    const dump: ApiProbeDump = {
      requests,
      // The histogram holds the intervals between its timer's runs: minus the interval, how late.
      eventLoopDelay: {
        p50: delay.percentile(50) / 1e6 - RESOLUTION_MS,
        p95: delay.percentile(95) / 1e6 - RESOLUTION_MS,
        p99: delay.percentile(99) / 1e6 - RESOLUTION_MS,
        max: delay.max / 1e6 - RESOLUTION_MS,
        mean: delay.mean / 1e6 - RESOLUTION_MS,
      },
      stalls,
      pool,
    };
    requests = [];
    // Written under a temporary name, then renamed: the bench never reads half a file.
    fs.writeFileSync(`${target}.part`, JSON.stringify(dump));
    fs.renameSync(`${target}.part`, target);
  });
}

interface PoolLike {
  waitingCount: number;
  totalCount: number;
  options?: { max?: number };
  connect(callback?: (...results: unknown[]) => void): unknown;
}

interface ClientLike {
  query(...args: unknown[]): unknown;
  connect(...args: unknown[]): unknown;
}

function isPromise(value: unknown): value is Promise<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}
