import path from 'node:path';
import { verifiedMeilisearchBinary } from '../stack/meilisearch-binary';
import { startStack, type Stack } from '../stack/stack';
import { TEST_STACK_VARIABLES } from './stack-env';

declare global {
  // Handed from the global setup to the global teardown (same process, separate modules).
  var bscTestStack: Stack | undefined;
}

// Written by the API: builds a migrated template database that tests clone. Optional, so
// this setup also works before (or without) the API.
const TEMPLATE_HOOK = path.resolve(__dirname, '../../apps/api/testing/prepare-template-database.ts');

/**
 * Starts throw-away PostgreSQL + Meilisearch servers on free loopback ports for the whole run
 * and hands them to the test workers through TEST_* environment variables (see stack-env.ts).
 * TEST_DATABASE_URL / TEST_MEILI_URL set beforehand point the tests at existing servers.
 */
export default async function globalSetup(): Promise<void> {
  const startedAt = Date.now();
  const meiliBinary = await verifiedMeilisearchBinary();
  const stack = await startStack({
    ephemeral: true,
    env: {
      DATABASE_URL: process.env[TEST_STACK_VARIABLES.databaseUrl],
      MEILI_URL: process.env[TEST_STACK_VARIABLES.meiliUrl],
      MEILI_MASTER_KEY: process.env[TEST_STACK_VARIABLES.meiliMasterKey],
    },
  });
  globalThis.bscTestStack = stack;
  process.env[TEST_STACK_VARIABLES.databaseUrl] = stack.databaseUrl;
  process.env[TEST_STACK_VARIABLES.meiliUrl] = stack.meiliUrl;
  process.env[TEST_STACK_VARIABLES.meiliMasterKey] = stack.meiliMasterKey;
  process.env[TEST_STACK_VARIABLES.meiliBinary] = meiliBinary;
  const stackReadyAt = Date.now();
  await prepareTemplateDatabase(stack);
  console.log(
    `\n[test-stack] PostgreSQL + Meilisearch bereit in ${stackReadyAt - startedAt} ms` +
      `, Template-Datenbank in ${Date.now() - stackReadyAt} ms`,
  );
}

async function prepareTemplateDatabase(stack: Stack): Promise<void> {
  const hook = loadTemplateHook();
  if (hook === undefined) return;
  try {
    await hook(stack.databaseUrl);
  } catch (error) {
    // Jest does not run the teardown when the setup throws.
    await stack.stop();
    throw error;
  }
}

type PrepareTemplateDatabase = (adminUrl: string) => Promise<void>;

function loadTemplateHook(): PrepareTemplateDatabase | undefined {
  let loaded: unknown;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- optional hook, see TEMPLATE_HOOK
    loaded = require(TEMPLATE_HOOK);
  } catch (error) {
    if (isMissingModule(error, TEMPLATE_HOOK)) return undefined;
    throw error;
  }
  if (!isTemplateHookModule(loaded)) {
    throw new Error(`${TEMPLATE_HOOK} exportiert keine Funktion prepareTemplateDatabase.`);
  }
  return loaded.prepareTemplateDatabase;
}

function isTemplateHookModule(value: unknown): value is { prepareTemplateDatabase: PrepareTemplateDatabase } {
  return (
    typeof value === 'object' && value !== null && 'prepareTemplateDatabase' in value && typeof value.prepareTemplateDatabase === 'function'
  );
}

// Only the hook file itself may be missing; a missing import inside it is a real error.
function isMissingModule(error: unknown, file: string): boolean {
  if (!(error instanceof Error) || !('code' in error) || error.code !== 'MODULE_NOT_FOUND') return false;
  return error.message.includes(`'${file}'`);
}
