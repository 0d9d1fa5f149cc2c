/** What an integration test needs to reach the servers the Jest global setup started. */
export interface TestStackEnv {
  /** Superuser URL to the database "postgres" (create your own databases from here). */
  databaseUrl: string;
  meiliUrl: string;
  meiliMasterKey: string;
  /** The checked Meilisearch binary, for tests that start a Meilisearch of their own. */
  meiliBinary: string;
}

/** Names of the environment variables set by tools/testing/global-setup.ts. */
export const TEST_STACK_VARIABLES = {
  databaseUrl: 'TEST_DATABASE_URL',
  meiliUrl: 'TEST_MEILI_URL',
  meiliMasterKey: 'TEST_MEILI_MASTER_KEY',
  meiliBinary: 'TEST_MEILI_BINARY',
} as const satisfies Record<keyof TestStackEnv, string>;

/** Reads the test stack from the environment; throws a clear error outside the Jest harness. */
export function testStackEnv(): TestStackEnv {
  return {
    databaseUrl: required(TEST_STACK_VARIABLES.databaseUrl),
    meiliUrl: required(TEST_STACK_VARIABLES.meiliUrl),
    // An external Meilisearch without a key (TEST_MEILI_URL set by hand) is allowed.
    meiliMasterKey: process.env[TEST_STACK_VARIABLES.meiliMasterKey] ?? '',
    meiliBinary: required(TEST_STACK_VARIABLES.meiliBinary),
  };
}

function required(name: string): string {
  const value = process.env[name];
  if (value === undefined || value === '') {
    throw new Error(
      `${name} ist nicht gesetzt. Integrationstests brauchen die Jest-Konfiguration des Repos ` +
        '(npx jest <Datei> im Repository-Wurzelverzeichnis): deren globalSetup startet PostgreSQL und Meilisearch.',
    );
  }
  return value;
}
