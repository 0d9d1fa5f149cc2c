import { Injectable, OnApplicationBootstrap, BeforeApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { jsonLogger } from '../common/http/json-logger';
import { writePostings, refreshCorpus } from './ranking/postings-store';
import { documentWords } from './ranking/ranked-document';
import { RankingVocabulary } from './ranking/ranking-vocabulary.service';
import { queryOne, queryRows, type RowOf } from '../database/typed-rows';
import { planIndexUpdate, type IndexPlan } from './search-document.builder';
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
  private corpusChecked = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly index: SearchIndex,
    private readonly config: AppConfig,
    private readonly setup: SearchSetupService,
    private readonly vocabulary: RankingVocabulary,
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
    const row = await queryOne(
      this.dataSource,
      { pending: 'int', oldest: 'float', failing: 'int' },
      `SELECT count(*)::int AS pending,
              coalesce(extract(epoch FROM now() - min(created_at)), 0)::float AS oldest,
              count(*) FILTER (WHERE attempts > 0)::int AS failing
         FROM search_outbox`,
    );
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
    // Documents added to Meilisearch before its settings would lack German tokenisation, so
    // while it is not set up only the PostgreSQL ranking tables are kept in step.
    const engineReady = this.setup.isReady;
    return this.dataSource.transaction(async (manager) => {
      const lock = await queryOne(manager, { free: 'bool' }, `SELECT pg_try_advisory_xact_lock_shared(${REBUILD_LOCK}) AS free`);
      if (!lock.free) return 0;
      if (!this.corpusChecked) {
        // search-config/ranking.json may have changed since the impacts were stored.
        await refreshCorpus(manager, this.setup.rankingParams, false);
        this.corpusChecked = true;
      }
      const rows = (
        await queryRows(
          manager,
          OUTBOX_ROW,
          `SELECT id, article_id, attempts, postings_applied FROM search_outbox
            WHERE ${engineReady ? 'next_attempt_at <= now() OR NOT postings_applied' : 'NOT postings_applied'}
            ORDER BY id LIMIT ${BATCH_SIZE} FOR UPDATE SKIP LOCKED`,
        )
      ).map(toOutboxRow);
      if (rows.length === 0) return 0;
      const plan = await planIndexUpdate(manager, [...new Set(rows.map((r) => r.articleId))]);
      await this.applyPostings(manager, plan, rows);
      if (!engineReady) return rows.length;
      const ids = rows.map((r) => r.id);
      try {
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
        // The postings written above commit with this update: PostgreSQL's ranking is current
        // even while Meilisearch lags.
        await manager.query(
          `UPDATE search_outbox SET attempts = attempts + 1, last_error = $2,
             next_attempt_at = now() + ($3::int * interval '1 millisecond') WHERE id = ANY($1::bigint[])`,
          [ids, String(error).slice(0, 2000), backoff],
        );
        return 0;
      }
    });
  }

  /** BM25F postings for the rows that have none yet (a row keeps waiting for Meilisearch after). */
  private async applyPostings(manager: EntityManager, plan: IndexPlan, rows: OutboxRow[]): Promise<void> {
    const pending = rows.filter((r) => !r.postingsApplied);
    if (pending.length === 0) return;
    const articleIds = new Set(pending.map((r) => r.articleId));
    const upserts = plan.upserts.filter((d) => articleIds.has(d.id));
    for (const document of upserts) this.vocabulary.add(documentWords(document).keys());
    const removals = plan.removals.filter((id) => articleIds.has(id));
    await writePostings(manager, upserts, removals, await this.vocabulary.current(), this.setup.rankingParams);
    await manager.query(`UPDATE search_outbox SET postings_applied = true WHERE id = ANY($1::bigint[])`, [pending.map((r) => r.id)]);
  }
}

interface OutboxRow {
  id: string;
  articleId: string;
  attempts: number;
  postingsApplied: boolean;
}

// id is a bigserial: node-postgres returns it as text.
const OUTBOX_ROW = { id: 'text', article_id: 'text', attempts: 'int', postings_applied: 'bool' } as const;

function toOutboxRow(row: RowOf<typeof OUTBOX_ROW>): OutboxRow {
  return { id: row.id, articleId: row.article_id, attempts: row.attempts, postingsApplied: row.postings_applied };
}
