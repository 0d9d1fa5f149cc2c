// Test-only entry: starts a persistent stack in the directory given as argument, reports it on
// stdout as one JSON line and then waits for a signal, like `npm start` without the API.
import { setExitCodeOnSignal } from '../process-cleanup';
import { startStack } from '../stack';

export const READY_PREFIX = 'STACK_READY ';

async function main(): Promise<void> {
  const dataDir = process.argv[2];
  if (dataDir === undefined) throw new Error('Aufruf: run-stack.ts <Datenverzeichnis>');
  setExitCodeOnSignal(0);
  // Supervised like `npm start`: Ctrl-C and a killed runner must still leave nothing behind.
  const stack = await startStack({ dataDir, ephemeral: false, env: {}, supervise: {} });
  const report = {
    databaseUrl: stack.databaseUrl,
    meiliUrl: stack.meiliUrl,
    meiliMasterKey: stack.meiliMasterKey,
    postgresPid: stack.postgres?.pid,
    meilisearchPid: stack.meilisearch?.pid,
  };
  process.stdout.write(`${READY_PREFIX}${JSON.stringify(report)}\n`);
  // Keep running until SIGINT/SIGTERM; the cleanup hooks stop the stack and exit.
  setInterval(() => undefined, 60_000);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
