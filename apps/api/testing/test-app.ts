import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Clock } from '@bsc/domain';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { testStackEnv } from '../../../tools/testing/stack-env';
import { createApp } from '../src/app.factory';
import { loadConfig, type AppConfig } from '../src/config/app-config';
import { dataSourceOptions } from '../src/database/data-source';
import { SearchIndexerService } from '../src/search/search-indexer.service';
import { queryOne } from '../src/database/typed-rows';
import { ApiClient } from './api-client';
import { createTestDatabase, type TestDatabase } from './test-database';

/** A running API on a fresh database and a fresh search index, for one test suite. */
export interface TestApp {
  app: NestExpressApplication;
  baseUrl: string;
  config: AppConfig;
  database: TestDatabase;
  /** A direct connection for arranging data and for assertions. */
  db: DataSource;
  anonymous(): ApiClient;
  /** Waits until the search outbox is empty, so that published changes are searchable now. */
  drainOutbox(): Promise<void>;
  close(): Promise<void>;
}

/** Options of a test app. */
export interface TestAppOptions {
  env?: Record<string, string>;
  /** Override Meilisearch (e.g. a throw-away instance a test stops and starts). */
  meiliUrl?: string;
  meiliMasterKey?: string;
  /** The clock of first-contact recording (e.g. a test clock that crosses a year boundary). */
  clock?: Clock;
}

/** Boots the real application against the real servers started by the Jest global setup. */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const stack = testStackEnv();
  const database = await createTestDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: database.url,
    MEILI_URL: options.meiliUrl ?? stack.meiliUrl,
    MEILI_MASTER_KEY: options.meiliMasterKey ?? stack.meiliMasterKey,
    SEARCH_INDEX: `test_${randomBytes(6).toString('hex')}`,
    LOG_LEVEL: 'silent',
    SCHEDULER_INTERVAL_MS: '200',
    INDEXER_INTERVAL_MS: '50',
    PORT: '0',
    ...options.env,
  });
  const app = await createApp(config, { clock: options.clock });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  const db = new DataSource(dataSourceOptions(database.url));
  await db.initialize();
  return {
    app,
    baseUrl,
    config,
    database,
    db,
    anonymous: () => new ApiClient(baseUrl),
    drainOutbox: () => drainCompletely(app.get(SearchIndexerService), db),
    close: async () => {
      await app.close();
      await db.destroy();
      await database.drop();
    },
  };
}

/**
 * The background indexer may hold rows locked while Meilisearch works on them, and drain()
 * skips locked rows: so drain, then wait until no due row is left at all.
 */
async function drainCompletely(indexer: SearchIndexerService, db: DataSource, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await indexer.drain();
    const { n } = await queryOne(db, { n: 'int' }, `SELECT count(*)::int AS n FROM search_outbox WHERE next_attempt_at <= now()`);
    if (n === 0) return;
    if (Date.now() > deadline) throw new Error(`search outbox still holds ${n} due rows after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
