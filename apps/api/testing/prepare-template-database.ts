import { Client } from 'pg';
import { runMigrations } from '../src/database/data-source';

/** Name of the migrated database every test suite clones (CREATE DATABASE … TEMPLATE is fast). */
export const TEMPLATE_DATABASE = 'bsc_template';

/** Called once by the Jest global setup: creates and migrates the template database. */
export async function prepareTemplateDatabase(adminUrl: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE}`);
    await client.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  } finally {
    await client.end();
  }
  await runMigrations(databaseUrlFor(adminUrl, TEMPLATE_DATABASE));
}

/** The same server URL pointing at another database. */
export function databaseUrlFor(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}
