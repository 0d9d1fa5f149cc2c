import { Inject, Injectable, OnApplicationBootstrap, BeforeApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { transition, type Clock } from '@bsc/domain';
import { CLOCK } from '../freshness/clock.provider';
import { DataSource } from 'typeorm';
import { inTransaction } from '../database/transaction';
import { queryRows } from '../database/typed-rows';
import { AuditService } from '../audit/audit.service';
import { AppConfig } from '../config/app-config';
import { jsonLogger } from '../common/http/json-logger';
import { SearchIndexerService } from '../search/search-indexer.service';
import { enqueueReindex } from '../search/search-outbox';
import { Article } from './article.entity';
import { ArticleDraft } from './article-draft.entity';
import { lockArticle, persistTransition, toWorkflowState, type LockedArticle } from './article-lifecycle.store';

/**
 * Publishes scheduled drafts and takes expired articles out of the index. Work is found in the
 * database (not in-memory timers), so it survives restarts; row locks with SKIP LOCKED make
 * two API processes share the work instead of doing it twice.
 */
@Injectable()
export class ArticleSchedulerService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private timer: NodeJS.Timeout | undefined;
  private tick: Promise<unknown> | undefined;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly indexer: SearchIndexerService,
    private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.tick ??= this.runOnce()
        .catch((error: unknown) => jsonLogger.warn('scheduler tick failed', { error: String(error) }))
        .finally(() => (this.tick = undefined));
    }, this.config.SCHEDULER_INTERVAL_MS);
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.tick;
  }

  /** One scheduler pass; returns what it did. */
  async runOnce(now = this.clock.now()): Promise<{ published: number; expired: number }> {
    const published = await this.publishDue(now);
    const expired = await this.expire(now);
    if (published + expired > 0) this.indexer.kick();
    return { published, expired };
  }

  private async publishDue(now: Date): Promise<number> {
    return inTransaction(this.dataSource, async (m) => {
      // The article row first, as every writer locks it (see lockArticle); SKIP LOCKED leaves an
      // article that a reviewer is changing right now to the next tick.
      const due = await m
        .createQueryBuilder(Article, 'a')
        .innerJoin(ArticleDraft, 'd', 'd.article_id = a.id')
        .where(`d.state = 'scheduled' AND d.publish_at <= :now`, { now })
        .limit(100)
        .setLock('pessimistic_write', undefined, ['a'])
        .setOnLocked('skip_locked')
        .getMany();
      let published = 0;
      for (const { id } of due) {
        const locked = await lockArticle(m, id);
        // Rejected after the list was read: the draft is no longer due.
        if (!locked || !isDue(locked, now)) continue;
        const version = await persistTransition(m, locked, transition(toWorkflowState(locked), { type: 'publishDue', now }), {
          actorId: null,
        });
        if (version === null) continue;
        await this.audit.append(m, null, {
          action: 'article.published_scheduled',
          subjectType: 'article',
          subjectId: id,
          details: { version },
        });
        published += 1;
      }
      return published;
    });
  }

  /** Expired articles are already filtered at query time; this removes them from the index. */
  private async expire(now: Date): Promise<number> {
    return inTransaction(this.dataSource, async (m) => {
      const rows = await queryRows(
        m,
        { id: 'text' },
        `WITH expired AS (
           UPDATE articles SET expiry_processed_at = now()
            WHERE id IN (SELECT id FROM articles WHERE valid_until <= $1 AND expiry_processed_at IS NULL
                          AND published_version IS NOT NULL FOR UPDATE SKIP LOCKED LIMIT 500)
            RETURNING id)
         SELECT id FROM expired`,
        [now],
      );
      const ids = rows.map((r) => r.id);
      await enqueueReindex(m, ids);
      for (const id of ids)
        await this.audit.append(m, null, { action: 'article.expired', subjectType: 'article', subjectId: id, details: {} });
      return ids.length;
    });
  }
}

function isDue(locked: LockedArticle, now: Date): boolean {
  const { draft } = locked;
  return draft !== null && draft.state === 'scheduled' && draft.publishAt !== null && draft.publishAt <= now;
}
