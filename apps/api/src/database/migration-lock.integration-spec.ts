import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { testStackEnv } from '../../../../tools/testing/stack-env';
import { databaseUrlFor } from '../../testing/prepare-template-database';
import { ALL_MIGRATIONS } from '../../../../migrations';
import { runMigrations } from './data-source';

async function adminQuery<T>(sql: string): Promise<T[]> {
  const client = new Client({ connectionString: testStackEnv().databaseUrl });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

// Several API replicas (or `npm start` next to `npm run migration:run`) start at once against
// a database nobody has migrated yet.
describe(runMigrations.name, () => {
  const name = `bsc_migrate_race_${randomBytes(6).toString('hex')}`;
  let url: string;

  beforeAll(async () => {
    await adminQuery(`CREATE DATABASE ${name}`);
    url = databaseUrlFor(testStackEnv().databaseUrl, name);
  });

  afterAll(async () => {
    await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });

  it('lets two runs started at once against an empty database both succeed, each migration applied once', async () => {
    const runs = await Promise.allSettled([runMigrations(url), runMigrations(url)]);

    expect(runs.map((run) => (run.status === 'rejected' ? String(run.reason) : 'ok'))).toEqual(['ok', 'ok']);
    const applied = runs.flatMap((run) => (run.status === 'fulfilled' ? run.value : []));
    // One run applied everything, the other waited for the lock and found nothing left to do.
    expect(applied).toHaveLength(ALL_MIGRATIONS.length);
    const client = new Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query<{ count: string }>('select count(*) from migrations');
    await client.end();
    expect(Number(rows[0].count)).toBe(ALL_MIGRATIONS.length);
  });
});
