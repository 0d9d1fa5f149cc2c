// `npm start`: persistent PostgreSQL + Meilisearch (data in .data/), then the built API, which
// also serves the editor. Started by tools/start.mjs after the build; runs from dist/tools.
import path from 'node:path';
import { startApi, waitForApi } from './stack/api-process';
import { assertPortFree } from './stack/free-port';
import { isShuttingDown, registerCleanup, setExitCodeOnSignal, stopAllRegistered } from './stack/process-cleanup';
import { startBanner } from './stack/start-banner';
import { announceRunningStack } from './stack/running-stack';
import { startStack } from './stack/stack';
import { stackStatusFile } from './stack/stack-supervision';
import { workspaceRoot } from './stack/workspace-root';

export async function main(): Promise<void> {
  const root = workspaceRoot(__dirname);
  const dataDir = path.join(root, '.data');
  setExitCodeOnSignal(0); // Ctrl-C is the normal way to stop
  try {
    const port = apiPort();
    await assertPortFree(port, 'API');
    const startedAt = Date.now();
    console.log('Starte PostgreSQL und Meilisearch … / starting PostgreSQL and Meilisearch …');
    // Supervised: a crashed or hung server is restarted; its status goes to a file /health reads.
    const stack = await startStack({ dataDir, ephemeral: false, supervise: { statusFile: stackStatusFile(dataDir) } });
    console.log(`Datenbanken bereit in ${Date.now() - startedAt} ms. Starte API …`);
    const api = await startApi({ root, dataDir, stack, port });
    // Our children are unref'd (a library must not keep a process alive); npm start must stay.
    const keepAlive = setInterval(() => undefined, 60 * 60 * 1000);
    void api.exited.then((exit) => {
      clearInterval(keepAlive);
      onApiExit(exit.code ?? exit.signal);
    });
    await waitForApi(api, port);
    // `npm run kb -- …` in another terminal finds these servers through the note.
    const withdraw = announceRunningStack(dataDir, {
      ownerPid: process.pid,
      databaseUrl: stack.databaseUrl,
      meiliUrl: stack.meiliUrl,
    });
    registerCleanup('Stack-Notiz', async () => withdraw(), withdraw);
    console.log(`${startBanner(root, port)}\n(bereit nach ${Date.now() - startedAt} ms)`);
  } catch (error) {
    await failAndExit(error);
  }
}

function apiPort(): number {
  const port = Number(process.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`PORT "${process.env.PORT}" ist ungültig.`);
  return port;
}

// An API that dies on its own (not during Ctrl-C) takes the databases down and fails the start.
function onApiExit(reason: number | string | null): void {
  if (isShuttingDown()) return;
  void failAndExit(new Error(`Die API hat sich beendet (${reason}). Datenbanken werden gestoppt.`));
}

let failing = false;

async function failAndExit(error: unknown): Promise<void> {
  if (failing) return;
  failing = true;
  console.error(error instanceof Error ? error.message : error);
  await stopAllRegistered();
  process.exit(1);
}

if (require.main === module) {
  void main();
}
