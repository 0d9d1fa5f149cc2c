import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { testStackEnv } from '../../../tools/testing/stack-env';
import { databaseUrlFor, TEMPLATE_DATABASE } from './prepare-template-database';

/** A fresh, migrated database for one test suite. */
export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

/** Clones the migrated template into a new database (about 50 ms). */
export async function createTestDatabase(): Promise<TestDatabase> {
  const { databaseUrl } = testStackEnv();
  const name = `bsc_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(databaseUrl, `CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DATABASE}`);
  return {
    name,
    url: databaseUrlFor(databaseUrl, name),
    drop: () => adminQuery(databaseUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

async function adminQuery(adminUrl: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
