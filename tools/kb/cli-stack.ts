import path from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { startStack } from '../stack/stack';
import { workspaceRoot } from '../stack/workspace-root';
import { bootApi } from './api-context';

/**
 * Runs a CLI command against the servers in DATABASE_URL / MEILI_URL (+ MEILI_MASTER_KEY), or
 * else against the persistent development stack under .data/, started for the command.
 */
export async function withApi<T>(command: (app: NestExpressApplication) => Promise<T>): Promise<T> {
  const stack = await startStack({ dataDir: path.join(workspaceRoot(__dirname), '.data'), ephemeral: false, env: process.env }).catch(
    (error: unknown) => {
      throw explain(error);
    },
  );
  let app: NestExpressApplication | undefined;
  try {
    app = await bootApi(stack);
    return await command(app);
  } finally {
    await app?.close();
    await stack.stop();
  }
}

// `npm start` owns the .data/ servers; the command can use them through the environment.
function explain(error: unknown): Error {
  const message = error instanceof Error ? error.message : String(error);
  if (!message.includes('noch von Prozess')) return error instanceof Error ? error : new Error(message);
  return new Error(`${message}\nLäuft \`npm start\`? Dann DATABASE_URL, MEILI_URL und MEILI_MASTER_KEY des laufenden Stacks setzen.`);
}
