import { Injectable, OnApplicationBootstrap, BeforeApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { jsonLogger } from '../common/http/json-logger';
import { planIndexUpdate } from './search-document.builder';
import { SearchIndex } from './search-index.port';
import { SearchSetupService } from './search-setup.service';

// One Meilisearch task per batch: larger batches index a bulk import much faster (287 articles:
// 2 tasks of 200 took twice as long as one rebuild task of 500).
const BATCH_SIZE = 500;
/** Advisory lock a full rebuild holds exclusively; outbox passes take it shared. */
export const REBUILD_LOCK = 7346003;
// Capped low: retrying is one cheap query, and after an outage updates must flow again within seconds.
const MAX_BACKOFF_MS = 2_000;

/** Outbox lag as /health reports it. */
export interface OutboxLag {
  pending: number;
  oldestSeconds: number;
  failing: number;
}

/**
 * Drains the search outbox into the index: batches, retries with exponential backoff, and waits
 * for Meilisearch to finish each task before the rows are deleted.
 */
@Injectable()
export class SearchIndexerService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  // Passes of this process run one after the other: a drain() next to a background pass would
  // skip the rows the pass holds locked and return before they are searchable.
  private queue: Promise<unknown> = Promise.resolve();
  private stopped = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly index: SearchIndex,
    private readonly config: AppConfig,
    private readonly setup: SearchSetupService,
  ) {}

  onApplicationBootstrap(): void {
    this.schedule(0);
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  /** Drains soon (called after a commit that wrote outbox rows). */
  kick(): void {
    if (!this.stopped && !this.running) this.schedule(0);
  }

  /** Drains until the outbox holds no due rows (after any running pass); returns how many rows were processed. */
  drain(): Promise<number> {
    return this.exclusive(() => this.drainDue());
  }

  private exclusive<T>(pass: () => Promise<T>): Promise<T> {
    const result = this.queue.then(pass, pass);
    this.queue = result.catch(() => undefined);
    return result;
  }

  private async drainDue(): Promise<number> {
    let total = 0;
    for (;;) {
      const processed = await this.drainBatch();
      total += processed;
      if (processed < BATCH_SIZE) return total;
    }
  }

  async lag(): Promise<OutboxLag> {
    const [row] = (await this.dataSource.query(
      `SELECT count(*)::int AS pending,
              coalesce(extract(epoch FROM now() - min(created_at)), 0)::float AS oldest,
              count(*) FILTER (WHERE attempts > 0)::int AS failing
         FROM search_outbox`,
    )) as { pending: number; oldest: number; failing: number }[];
    return { pending: row.pending, oldestSeconds: Math.round(row.oldest * 10) / 10, failing: row.failing };
  }

  private schedule(delay: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.running = this.exclusive(() => this.drainDue())
        .then(() => undefined)
        .catch((error: unknown) => jsonLogger.warn('indexer pass failed', { error: String(error) }))
        .finally(() => {
          this.running = undefined;
          this.schedule(this.config.INDEXER_INTERVAL_MS);
        });
    }, delay);
  }

  private async drainBatch(): Promise<number> {
    // Documents added before the settings would be indexed without German tokenisation.
    if (!this.setup.isReady) return 0;
    return this.dataSource.transaction(async (manager) => {
      const [{ free }] = (await manager.query(`SELECT pg_try_advisory_xact_lock_shared(${REBUILD_LOCK}) AS free`)) as { free: boolean }[];
      if (!free) return 0;
      const rows = (await manager.query(
        `SELECT id, article_id, attempts FROM search_outbox WHERE next_attempt_at <= now()
          ORDER BY id LIMIT ${BATCH_SIZE} FOR UPDATE SKIP LOCKED`,
      )) as { id: string; article_id: string; attempts: number }[];
      if (rows.length === 0) return 0;
      const ids = rows.map((r) => r.id);
      try {
        const plan = await planIndexUpdate(manager, [...new Set(rows.map((r) => r.article_id))]);
        await this.index.upsert(plan.upserts);
        await this.index.remove(plan.removals);
        await manager.query(`DELETE FROM search_outbox WHERE id = ANY($1::bigint[])`, [ids]);
        return rows.length;
      } catch (error) {
        const attempts = Math.max(...rows.map((r) => r.attempts)) + 1;
        const backoff = Math.min(MAX_BACKOFF_MS, 100 * 2 ** Math.min(attempts, 10));
        this.setup.recheck();
        jsonLogger.warn('indexing failed, will retry', {
          rows: rows.length,
          attempts,
          retryInMs: backoff,
          error: String(error),
          stack: error instanceof Error ? error.stack : undefined,
        });
        await manager.query(
          `UPDATE search_outbox SET attempts = attempts + 1, last_error = $2,
             next_attempt_at = now() + ($3::int * interval '1 millisecond') WHERE id = ANY($1::bigint[])`,
          [ids, String(error).slice(0, 2000), backoff],
        );
        return 0;
      }
    });
  }
}
