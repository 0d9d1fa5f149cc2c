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
    extra: { max: 20, connectionTimeoutMillis: 3000, statement_timeout: 15_000 },
    logging: false,
  };
}

/** Runs pending migrations and returns their names. */
export async function runMigrations(databaseUrl: string): Promise<string[]> {
  const dataSource = new DataSource(dataSourceOptions(databaseUrl));
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await dataSource.destroy();
  }
}
