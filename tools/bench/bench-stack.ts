import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { runMigrations } from '../../apps/api/src/database/data-source';
import { findFreePort, isPortFree } from '../stack/free-port';
import { startManagedProcess, type ManagedProcess } from '../stack/managed-process';
import { startMeilisearch, type RunningMeilisearch } from '../stack/meilisearch-server';
import { answersSelectOne, startPostgres, type RunningPostgres } from '../stack/postgres-server';
import { superviseServer, type Supervisor } from '../stack/supervisor';
import { isAlive, signalProcess } from '../stack/process-inspection';
import { startStack, type Stack } from '../stack/stack';
import { answersOk, waitUntil } from '../stack/wait-until';

/** Where the bench writes its API log and profiles (git-ignored). */
export interface BenchPaths {
  root: string;
  artifacts: string;
}

/** The API as a child process: a pid to read RSS from, a log file to read indexer warnings from. */
export interface ApiChild {
  url: string;
  port: number;
  pid: number;
  logFile: string;
  process: ManagedProcess;
}

/**
 * A throw-away PostgreSQL + Meilisearch (tools/stack) and the built API as a child process.
 * Servers can be killed and restarted on the same port and data directory for the fault drills.
 */
export class BenchStack {
  private constructor(
    private readonly stack: Stack,
    private readonly paths: BenchPaths,
    private currentMeili: RunningMeilisearch,
    private currentPostgres: RunningPostgres,
    private extraServers: { stop(): Promise<void> }[] = [],
  ) {}

  api: ApiChild | undefined;

  static async start(paths: BenchPaths): Promise<BenchStack> {
    // env {}: never the developer's DATABASE_URL / MEILI_URL, always throw-away servers.
    const stack = await startStack({ ephemeral: true, env: {} });
    if (!stack.meilisearch || !stack.postgres) throw new Error('the bench needs its own servers');
    try {
      await runMigrations(stack.databaseUrl);
    } catch (error) {
      await stack.stop();
      throw error;
    }
    return new BenchStack(stack, paths, stack.meilisearch, stack.postgres);
  }

  get databaseUrl(): string {
    return this.stack.databaseUrl;
  }
  get meiliUrl(): string {
    return this.stack.meiliUrl;
  }
  get meiliKey(): string {
    return this.stack.meiliMasterKey;
  }
  /** PostgreSQL's stderr log (statements slower than log_min_duration_statement land here). */
  get postgresLogFile(): string {
    return path.join(this.currentPostgres.dataDir, 'server.log');
  }
  get meili(): RunningMeilisearch {
    return this.currentMeili;
  }
  /** The postmaster: its children are the backends (CPU per server, process-cpu.ts). */
  get postgresPid(): number {
    return this.currentPostgres.pid;
  }

  /** Kills Meilisearch (default SIGKILL) and waits until it has gone. */
  async killMeili(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    this.currentMeili.kill(signal);
    await this.currentMeili.exited;
  }

  /** Starts Meilisearch again on the same port and data directory. */
  async restartMeili(): Promise<void> {
    const old = this.currentMeili;
    this.currentMeili = await startMeilisearch({ dataDir: old.dataDir, port: old.port, masterKey: old.masterKey, ephemeral: true });
    this.extraServers.push(this.currentMeili);
  }

  /** Fast shutdown of PostgreSQL (SIGINT); waits until the process and its port are gone. */
  async stopPostgres(): Promise<void> {
    const { pid, port } = this.currentPostgres;
    signalProcess(pid, 'SIGINT');
    await waitUntil(async () => !isAlive(pid) && (await isPortFree(port)), { what: 'PostgreSQL stop', timeoutMs: 30_000, intervalMs: 50 });
  }

  /** Starts PostgreSQL again on the same port and cluster (kept: persistent restart). */
  async restartPostgres(): Promise<void> {
    const old = this.currentPostgres;
    // persistent: the cluster must survive this start; the stack removes its temp dir at the end.
    this.currentPostgres = await startPostgres({ dataDir: old.dataDir, port: old.port, persistent: true });
    this.extraServers.push(this.currentPostgres);
  }

  /**
   * Runs `drill` with PostgreSQL under the launcher's supervisor (as in `npm start`), then takes
   * whatever server it left running back under the bench's own control.
   */
  async withSupervisedPostgres<T>(drill: (supervisor: Supervisor<RunningPostgres>) => Promise<T>, log: (line: string) => void): Promise<T> {
    const old = this.currentPostgres;
    const supervisor = superviseServer({
      name: 'PostgreSQL',
      server: old,
      restart: () => startPostgres(old.restartOptions),
      probe: (current) => answersSelectOne(current.url),
      log,
    });
    try {
      return await drill(supervisor);
    } finally {
      const current = await supervisor.release();
      if (current !== old) {
        this.currentPostgres = current;
        this.extraServers.push(current);
      }
    }
  }

  /**
   * Spawns `node dist/apps/api/src/main.js` (production mode) with the profiler preload
   * (idle until SIGWINCH) and waits for /health. `probe`: the request probe records every request
   * (written on SIGURG); off unless asked for, so that it costs the other benches nothing.
   */
  async startApi({ probe = false }: { probe?: boolean } = {}): Promise<ApiChild> {
    const port = await findFreePort();
    const mainJs = path.join(this.paths.root, 'dist', 'apps', 'api', 'src', 'main.js');
    const logFile = path.join(this.paths.artifacts, 'api.log');
    const child = startManagedProcess({
      name: 'API (Bench)',
      command: process.execPath,
      args: [
        '--require',
        path.join(__dirname, 'cpu-profiler-preload.js'),
        '--require',
        path.join(__dirname, 'api-probe-preload.js'),
        mainJs,
      ],
      cwd: this.paths.root,
      env: { ...this.apiEnvironment(port), ...(probe ? { BENCH_API_PROBE: this.probeFile } : {}) },
      output: logFile,
      pidFile: path.join(this.paths.artifacts, 'api.pid'),
      markers: [mainJs],
      stopSignal: 'SIGTERM',
      stopTimeoutMs: 15_000,
    });
    const url = `http://127.0.0.1:${port}`;
    await waitUntil(() => answersOk(`${url}/api/v1/health`, 3000), {
      what: 'API',
      timeoutMs: 120_000,
      intervalMs: 200,
      abortReason: () => (child.exitInfo() ? `API exited, see ${logFile}` : undefined),
    });
    this.api = { url, port, pid: child.pid, logFile, process: child };
    return this.api;
  }

  /** Where the preload writes the CPU profile. */
  get profileFile(): string {
    return path.join(this.paths.artifacts, 'api-search.cpuprofile');
  }

  /** Where the request probe writes what it recorded. */
  get probeFile(): string {
    return path.join(this.paths.artifacts, 'api-probe.json');
  }

  async stopApi(): Promise<void> {
    await this.api?.process.stop();
    this.api = undefined;
  }

  /** API, restarted servers, then the stack (which deletes the throw-away data). */
  async stop(): Promise<void> {
    await this.stopApi().catch((error: unknown) => console.error('stopping the API failed', error));
    for (const server of this.extraServers.reverse()) await server.stop().catch(() => undefined);
    await this.stack.stop();
  }

  private apiEnvironment(port: number): NodeJS.ProcessEnv {
    return {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: this.stack.databaseUrl,
      MEILI_URL: this.stack.meiliUrl,
      MEILI_MASTER_KEY: this.stack.meiliMasterKey,
      RUN_MIGRATIONS: 'false',
      SEED_DEMO: 'false',
      EDITOR_DIST: '',
      LOG_LEVEL: 'warn',
      // Production refuses to start without an administrator.
      ADMIN_LOGIN: 'bench-admin',
      ADMIN_PASSWORD: randomBytes(18).toString('base64url'),
      BENCH_CPU_PROFILE: this.profileFile,
    };
  }
}

/** Creates the artifacts directory afresh (old logs would confuse the drills' log checks). */
export function prepareArtifacts(root: string): BenchPaths {
  const artifacts = path.join(root, 'artifacts', 'bench');
  fs.mkdirSync(artifacts, { recursive: true });
  for (const file of ['api.log', 'api.pid', 'api-search.cpuprofile', 'api-probe.json'])
    fs.rmSync(path.join(artifacts, file), { force: true });
  return { root, artifacts };
}
