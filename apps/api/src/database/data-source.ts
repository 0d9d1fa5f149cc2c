import { DataSource, type DataSourceOptions } from 'typeorm';
import { ALL_MIGRATIONS } from '../../../../migrations';
import { ALL_ENTITIES } from './entities';

/** Data source options shared by the app, the migration CLI and the test harness. */
export function dataSourceOptions(databaseUrl: string): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    entities: ALL_ENTITIES,
    migrations: ALL_MIGRATIONS,
    // The schema changes only through migrations.
    synchronize: false,
    migrationsTransactionMode: 'each',
    // min: the pool closes a connection idle for 10 s (pg-pool's default) only above five. With
    // none kept, a burst after a quiet spell waited for new connections (a backend to fork plus
    // the SCRAM exchange): in bench:contacts' open loop (60 s, 15 searches + 3 recordings/s, load
    // average ~6) three were opened at 54 ms each, and a recording waited 338 ms for one. A quiet
    // BSC (a recording every few seconds) would pay that start-up on most of its requests.
    extra: { max: 20, min: 5, connectionTimeoutMillis: 3000, statement_timeout: 15_000 },
    logging: false,
  };
}

/**
 * Key of the session-level advisory lock held while migrations run. Several API replicas that
 * start at once would otherwise all see the same pending migrations and race (duplicate table,
 * duplicate row in "migrations"): the first takes the lock and migrates, the others wait and
 * then find nothing left to do.
 */
export const MIGRATION_LOCK_KEY = 7_305_214_066_819_341n;

/** Runs pending migrations (one process at a time per database) and returns their names. */
export async function runMigrations(databaseUrl: string): Promise<string[]> {
  const dataSource = new DataSource(dataSourceOptions(databaseUrl));
  await dataSource.initialize();
  // The lock lives on one dedicated connection; the migrations use others from the pool.
  const lock = dataSource.createQueryRunner();
  try {
    await lock.connect();
    // The pool's 15 s statement_timeout would cancel the wait while another replica migrates.
    await lock.query("set statement_timeout = 0; set lock_timeout = '10min'");
    await lock.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY.toString()]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    // Ending the session frees the lock too; unlocking first lets a waiting replica go at once.
    await lock.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY.toString()]).catch(() => undefined);
    await lock.release();
    await dataSource.destroy();
  }
}
