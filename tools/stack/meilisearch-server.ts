import fs from 'node:fs';
import path from 'node:path';
import { assertPortFree, findFreePort } from './free-port';
import { startManagedProcess, type ExitInfo, type ManagedProcess } from './managed-process';
import { verifiedMeilisearchBinary } from './meilisearch-binary';
import { endLeftoverServer } from './pid-file';
import { withLogTail } from './server-log';
import { answersOk, waitUntil } from './wait-until';

export interface StartMeilisearchOptions {
  /** Holds db/, dumps/, snapshots/ and the log. Reused as is on restart. */
  dataDir: string;
  /** Default: a free loopback port. Pass the old port to restart "the same" server. */
  port?: number;
  /** At least 16 bytes; every request except /health must carry it. */
  masterKey: string;
  /** Delete dataDir if we die without stopping the server (throw-away test data). */
  ephemeral?: boolean;
}

export interface RunningMeilisearch {
  url: string;
  masterKey: string;
  port: number;
  pid: number;
  dataDir: string;
  /** The options to start this server again on the same port and data (supervisor). */
  restartOptions: StartMeilisearchOptions;
  stop(): Promise<void>;
  /** Sends a signal without waiting, e.g. SIGKILL to simulate an outage. Default SIGKILL. */
  kill(signal?: NodeJS.Signals): void;
  /** Resolves when the process has ended (after stop() or kill()). */
  exited: Promise<ExitInfo>;
}

/** Starts a real Meilisearch 1.21 on 127.0.0.1; resolves once GET /health answers. */
export async function startMeilisearch(options: StartMeilisearchOptions): Promise<RunningMeilisearch> {
  const binary = await verifiedMeilisearchBinary();
  const dataDir = path.resolve(options.dataDir);
  fs.mkdirSync(dataDir, { recursive: true });
  const pidFile = path.join(dataDir, 'bsc-stack.pid');
  await endLeftoverServer(pidFile, 'Meilisearch', 'SIGTERM');
  const port = options.port ?? (await findFreePort());
  await assertPortFree(port, 'Meilisearch');
  const dbPath = path.join(dataDir, 'db');
  const logFile = path.join(dataDir, 'meilisearch.log');
  const server = startManagedProcess({
    name: 'Meilisearch',
    command: binary,
    args: meilisearchArgs(dataDir, dbPath, port),
    // cwd = dataDir: Meilisearch would pick up a ./config.toml from its working directory.
    cwd: dataDir,
    // The key goes through the environment: a command line is readable by every local user.
    env: { ...process.env, MEILI_MASTER_KEY: options.masterKey, MEILI_NO_ANALYTICS: 'true' },
    output: logFile,
    pidFile,
    markers: [binary, dbPath],
    stopSignal: 'SIGTERM',
    orphanCleanupDir: options.ephemeral ? dataDir : undefined,
  });
  const url = `http://127.0.0.1:${port}`;
  await waitForHealth(url, server, logFile);
  return describe(server, { url, port, dataDir, masterKey: options.masterKey, restartOptions: { ...options, port } });
}

function meilisearchArgs(dataDir: string, dbPath: string, port: number): string[] {
  return [
    '--no-analytics',
    '--env=development',
    `--http-addr=127.0.0.1:${port}`,
    `--db-path=${dbPath}`,
    `--dump-dir=${path.join(dataDir, 'dumps')}`,
    `--snapshot-dir=${path.join(dataDir, 'snapshots')}`,
    // Request logs at INFO would grow the log file with every search.
    '--log-level=WARN',
  ];
}

async function waitForHealth(url: string, server: ManagedProcess, logFile: string): Promise<void> {
  try {
    await waitUntil(() => answersOk(`${url}/health`), {
      what: 'Meilisearch',
      timeoutMs: 30_000,
      abortReason: () => (server.exitInfo() ? 'Prozess hat sich beendet.' : undefined),
    });
  } catch (error) {
    await server.stop();
    throw withLogTail(error, logFile);
  }
}

type MeilisearchFacts = Pick<RunningMeilisearch, 'url' | 'port' | 'dataDir' | 'masterKey' | 'restartOptions'>;

function describe(server: ManagedProcess, facts: MeilisearchFacts): RunningMeilisearch {
  return {
    ...facts,
    pid: server.pid,
    stop: () => server.stop(),
    kill: (signal = 'SIGKILL') => server.signal(signal),
    exited: server.exited,
  };
}
