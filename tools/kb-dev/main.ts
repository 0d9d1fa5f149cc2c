// `npm run kb -- <command>`: kb in development (the commands: tools/kb/run-kb.ts).
// Works on DATABASE_URL / MEILI_URL (+ MEILI_MASTER_KEY) when set, else on the servers of a
// running `npm start` (found through .data/running-stack.json), else on the persistent development
// stack under .data/, started for the command. Built with the development tools, not into the image.
import path from 'node:path';
import { findRunningStack } from '../stack/running-stack';
import { startStack } from '../stack/stack';
import { workspaceRoot } from '../stack/workspace-root';
import { withDatabaseUrl } from '../../apps/api/src/config/app-config';
import { exitWithResult, runKb, type KbServers } from '../kb/run-kb';

async function connect(): Promise<KbServers> {
  const dataDir = path.join(workspaceRoot(__dirname), '.data');
  // The database may come as DATABASE_HOST/…/PASSWORD parts, as the API reads it.
  const env = withDatabaseUrl(definedEnv());
  const external = env.DATABASE_URL || env.MEILI_URL;
  const running = external ? null : findRunningStack(dataDir);
  if (running) {
    console.error(
      `Nutze die Server des laufenden \`npm start\` (PID ${running.ownerPid}). / Using the servers of the running \`npm start\`.`,
    );
    return {
      databaseUrl: running.databaseUrl,
      meiliUrl: running.meiliUrl,
      meiliMasterKey: running.meiliMasterKey,
      stop: async () => undefined,
    };
  }
  return startStack({ dataDir, ephemeral: false, env }).catch((error: unknown) => {
    throw explain(error);
  });
}

function definedEnv(): Record<string, string> {
  return Object.fromEntries(Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined));
}

// `npm start` owns the .data/ servers; the command can use them through the environment.
function explain(error: unknown): Error {
  const message = error instanceof Error ? error.message : String(error);
  if (!message.includes('noch von Prozess')) return error instanceof Error ? error : new Error(message);
  return new Error(`${message}\nLäuft \`npm start\`? Dann DATABASE_URL, MEILI_URL und MEILI_MASTER_KEY des laufenden Stacks setzen.`);
}

exitWithResult(runKb(process.argv.slice(2), connect, 'npm run kb --'));
