import fs from 'node:fs';
import path from 'node:path';
import { assertPortFree } from './free-port';
import { startManagedProcess, type ManagedProcess } from './managed-process';
import { endLeftoverServer } from './pid-file';
import type { Stack } from './stack';
import { stackStatusFile } from './stack-supervision';
import { answersOk, waitUntil } from './wait-until';

export interface StartApiOptions {
  root: string;
  dataDir: string;
  stack: Stack;
  port: number;
}

/** The built API as a guarded child process (stopped before the databases on Ctrl-C). */
export async function startApi({ root, dataDir, stack, port }: StartApiOptions): Promise<ManagedProcess> {
  const mainJs = path.join(root, 'dist', 'apps', 'api', 'src', 'main.js');
  if (!fs.existsSync(mainJs)) throw new Error(`${mainJs} fehlt: zuerst bauen (npm run build).`);
  const pidFile = path.join(dataDir, 'api.pid');
  await endLeftoverServer(pidFile, 'API', 'SIGTERM');
  // An old API still on the port would answer our health check instead of the new one.
  await assertPortFree(port, 'API');
  return startManagedProcess({
    name: 'API',
    command: process.execPath,
    args: [mainJs],
    cwd: root,
    env: apiEnvironment(stack, port, dataDir),
    output: 'inherit',
    pidFile,
    markers: [mainJs],
    stopSignal: 'SIGTERM',
    stopTimeoutMs: 10_000,
  });
}

function apiEnvironment(stack: Stack, port: number, dataDir: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DATABASE_URL: stack.databaseUrl,
    MEILI_URL: stack.meiliUrl,
    MEILI_MASTER_KEY: stack.meiliMasterKey,
    PORT: String(port),
    RUN_MIGRATIONS: 'true',
    // /health reports the supervisor's restarts of PostgreSQL and Meilisearch.
    STACK_STATUS_FILE: stack.supervision ? stackStatusFile(dataDir) : undefined,
    SEED_DEMO: process.env.NODE_ENV === 'production' ? 'false' : 'true',
  };
}

/** Waits for GET /api/v1/health = 200; fails early when the API process ends. */
export async function waitForApi(api: ManagedProcess, port: number): Promise<void> {
  await waitUntil(() => answersOk(`http://127.0.0.1:${port}/api/v1/health`, 2000), {
    what: 'API',
    // First start on 2 cores: migrations plus demo content.
    timeoutMs: 180_000,
    intervalMs: 250,
    abortReason: () => {
      const exit = api.exitInfo();
      return exit ? `Prozess beendet (Code ${exit.code ?? exit.signal}), siehe Ausgabe oben.` : undefined;
    },
  });
}
