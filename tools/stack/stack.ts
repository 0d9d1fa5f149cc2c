import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startMeilisearch, type RunningMeilisearch } from './meilisearch-server';
import { startPostgres, type RunningPostgres } from './postgres-server';
import { registerCleanup } from './process-cleanup';
import { superviseStack, type StackSupervision, type SupervisionSettings } from './stack-supervision';

export interface StartStackOptions {
  /** Holds postgres/, meilisearch/ and meili-master-key. Ephemeral default: a new temp dir. */
  dataDir?: string;
  /** Throw-away servers for tests (deleted on stop) instead of the persistent .data/ ones. */
  ephemeral: boolean;
  /** Source of DATABASE_URL, MEILI_URL, MEILI_MASTER_KEY (external servers). Default process.env. */
  env?: NodeJS.ProcessEnv;
  /** Restart the servers we start when they exit or hang (npm start); off for tests that kill them on purpose. */
  supervise?: SupervisionSettings | false;
}

export interface Stack {
  databaseUrl: string;
  meiliUrl: string;
  meiliMasterKey: string;
  /** Undefined when DATABASE_URL pointed to an external server. */
  postgres?: RunningPostgres;
  /** Undefined when MEILI_URL pointed to an external server. */
  meilisearch?: RunningMeilisearch;
  /**
   * Present with `supervise`: postgres / meilisearch above are the first servers started, the
   * supervisors' current() the ones running now (same URL, new PID after a restart).
   */
  supervision?: StackSupervision;
  stop(): Promise<void>;
}

/**
 * Starts PostgreSQL and Meilisearch side by side, unless DATABASE_URL / MEILI_URL name servers
 * that already run. If one server fails to start, the other is stopped again.
 */
export async function startStack(options: StartStackOptions): Promise<Stack> {
  const env = options.env ?? process.env;
  const root = prepareRoot(options);
  const meiliKey = env.MEILI_URL ? (env.MEILI_MASTER_KEY ?? '') : masterKeyFor(root, options.ephemeral);
  const [postgres, meilisearch] = await Promise.allSettled([
    env.DATABASE_URL ? undefined : startPostgres({ dataDir: path.join(root, 'postgres'), persistent: !options.ephemeral }),
    env.MEILI_URL ? undefined : startMeiliFresh(path.join(root, 'meilisearch'), meiliKey, options.ephemeral),
  ]);
  const started: StartedServers = { postgres: fulfilled(postgres), meilisearch: fulfilled(meilisearch) };
  const failure = [postgres, meilisearch].find((result) => result.status === 'rejected');
  if (!failure && options.supervise) started.supervision = superviseStack(started, options.supervise);
  const stop = stopper(started, options.ephemeral ? root : undefined);
  if (failure) {
    await stop();
    throw failure.reason;
  }
  return {
    databaseUrl: started.postgres?.url ?? env.DATABASE_URL ?? '',
    meiliUrl: started.meilisearch?.url ?? env.MEILI_URL ?? '',
    meiliMasterKey: meiliKey,
    ...started,
    stop,
  };
}

function prepareRoot(options: StartStackOptions): string {
  if (options.dataDir !== undefined) {
    fs.mkdirSync(options.dataDir, { recursive: true });
    return path.resolve(options.dataDir);
  }
  if (!options.ephemeral) throw new Error('startStack: dataDir fehlt für einen dauerhaften Stack.');
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bsc-wissen-stack-'));
  // mkdtemp creates mode 700; PostgreSQL runs as another user when we are root.
  fs.chmodSync(root, 0o755);
  return root;
}

// Persistent: generated once and kept in the data dir, so the index survives restarts.
function masterKeyFor(root: string, ephemeral: boolean): string {
  if (ephemeral) return randomBytes(32).toString('base64url');
  const file = path.join(root, 'meili-master-key');
  if (!fs.existsSync(file)) fs.writeFileSync(file, `${randomBytes(32).toString('base64url')}\n`, { mode: 0o600 });
  return fs.readFileSync(file, 'utf8').trim();
}

async function startMeiliFresh(dataDir: string, masterKey: string, ephemeral: boolean): Promise<RunningMeilisearch> {
  if (ephemeral) fs.rmSync(dataDir, { recursive: true, force: true });
  return startMeilisearch({ dataDir, masterKey, ephemeral });
}

function fulfilled<T>(result: PromiseSettledResult<T | undefined>): T | undefined {
  return result.status === 'fulfilled' ? result.value : undefined;
}

interface StartedServers {
  postgres?: RunningPostgres;
  meilisearch?: RunningMeilisearch;
  supervision?: StackSupervision;
}

/** stop(): both servers in parallel, then the throw-away data. Safe to call twice. */
function stopper(servers: StartedServers, ephemeralRoot: string | undefined): () => Promise<void> {
  let stopping: Promise<void> | undefined;
  const stop = async () => {
    unregister();
    const { supervision } = servers;
    // A supervisor stops the server running now (and ends a restart in flight) before we delete data.
    await Promise.all([
      supervision?.meilisearch?.stop() ?? servers.meilisearch?.stop(),
      supervision?.postgres?.stop() ?? servers.postgres?.stop(),
    ]);
    if (ephemeralRoot !== undefined) fs.rmSync(ephemeralRoot, { recursive: true, force: true });
  };
  // Registered after the servers, so on Ctrl-C this runs first and also removes the temp dir.
  const unregister = registerCleanup(
    'Stack',
    () => (stopping ??= stop()),
    () => undefined,
  );
  return () => (stopping ??= stop());
}
