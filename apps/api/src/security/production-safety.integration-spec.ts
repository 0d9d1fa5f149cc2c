import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { testStackEnv } from '../../../../tools/testing/stack-env';
import { jsonLogger } from '../common/http/json-logger';
import { ConfigError, loadConfig, type AppConfig } from '../config/app-config';
import { dataSourceOptions } from '../database/data-source';
import { seedDatabase } from '../seed/seed';
import { DEMO_USERS } from '../seed/demo-users';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database';

const RUN_MAIN = join(__dirname, '../../testing/security/run-main.cjs');

function productionConfig(database: TestDatabase, extra: Record<string, string> = {}): AppConfig {
  const stack = testStackEnv();
  return loadConfig({
    NODE_ENV: 'production',
    DATABASE_URL: database.url,
    MEILI_URL: stack.meiliUrl,
    MEILI_MASTER_KEY: 'production-key-0123456789',
    ...extra,
  });
}

async function withDatabase<T>(database: TestDatabase, run: (db: DataSource) => Promise<T>): Promise<T> {
  const db = new DataSource(dataSourceOptions(database.url));
  await db.initialize();
  try {
    return await run(db);
  } finally {
    await db.destroy();
  }
}

/** Starts apps/api/src/main.ts with exactly this environment (no inherited variables). */
function startMain(env: Record<string, string>): { status: number | null; stderr: string } {
  const result = spawnSync(process.execPath, [RUN_MAIN], {
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'silent', ...env },
    encoding: 'utf8',
    timeout: 20_000,
  });
  return { status: result.status, stderr: result.stderr };
}

describe('Production safety', () => {
  let database: TestDatabase;

  beforeAll(() => jsonLogger.setLevel('silent'));
  beforeEach(async () => {
    database = await createTestDatabase();
  });
  afterEach(() => database.drop());

  it('rejects demo data in production with a one-line configuration error', () => {
    const attempt = () => productionConfig(database, { SEED_DEMO: 'true' });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/^Invalid configuration: SEED_DEMO must not be enabled in production$/);
  });

  it('reports an invalid environment in one line naming the variable', () => {
    let error: unknown;
    try {
      loadConfig({ DATABASE_URL: 'nonsense', MEILI_URL: 'http://127.0.0.1:7700', MEILI_MASTER_KEY: 'short' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    expect(message).not.toContain('\n');
    expect(message).toMatch(/DATABASE_URL/);
    expect(message).toMatch(/MEILI_MASTER_KEY/);
  });

  it('refuses to start in production without an admin and creates nobody', async () => {
    await expect(seedDatabase(productionConfig(database))).rejects.toThrow(/ADMIN_LOGIN and ADMIN_PASSWORD/);
    const users = await withDatabase(database, (db) => db.query(`SELECT login FROM users`));
    expect(users).toEqual([]);
  });

  it('bootstraps exactly the admin from the environment in production, and no demo users or content', async () => {
    const config = productionConfig(database, { ADMIN_LOGIN: 'it.admin', ADMIN_PASSWORD: 'Ein-sehr-langes-Passwort-2026' });
    await seedDatabase(config);
    await seedDatabase(config);
    const { users, departments } = await withDatabase(database, async (db) => ({
      users: (await db.query(`SELECT login, roles, password_hash FROM users`)) as {
        login: string;
        roles: string[];
        password_hash: string;
      }[],
      departments: (await db.query(`SELECT count(*)::int AS n FROM departments`)) as { n: number }[],
    }));
    expect(users.map((u) => [u.login, u.roles])).toEqual([['it.admin', ['admin']]]);
    expect(users[0].password_hash).toMatch(/^\$argon2id\$/);
    expect(users.map((u) => u.login)).not.toEqual(expect.arrayContaining(DEMO_USERS.map((d) => d.login)));
    expect(departments[0].n).toBe(0);
  });

  it('exits with code 1 and one line on stderr when the environment is invalid (main.ts)', () => {
    const { status, stderr } = startMain({
      DATABASE_URL: 'nonsense',
      MEILI_URL: 'http://127.0.0.1:7700',
      MEILI_MASTER_KEY: 'master-key-0123456789',
    });
    expect(status).toBe(1);
    expect(stderr.trim().split('\n')).toEqual(['Invalid configuration: DATABASE_URL must be a postgres:// URL']);
  });

  it('exits with code 1 and a clear message when production starts without an admin (main.ts)', () => {
    const { status, stderr } = startMain({
      NODE_ENV: 'production',
      DATABASE_URL: database.url,
      MEILI_URL: testStackEnv().meiliUrl,
      MEILI_MASTER_KEY: 'production-key-0123456789',
    });
    expect(status).toBe(1);
    expect(stderr.trim()).toBe('Start-up failed: No administrator exists: set ADMIN_LOGIN and ADMIN_PASSWORD for the first start.');
  });
});
