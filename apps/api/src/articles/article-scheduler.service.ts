import { Injectable, OnApplicationBootstrap, BeforeApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { transition } from '@bsc/domain';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AppConfig } from '../config/app-config';
import { jsonLogger } from '../common/http/json-logger';
import { SearchIndexerService } from '../search/search-indexer.service';
import { enqueueReindex } from '../search/search-outbox';
import { Article } from './article.entity';
import { ArticleDraft } from './article-draft.entity';
import { publishDraft } from './article-publisher';
import { toWorkflowState } from './article-workflow.service';

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
  async runOnce(now = new Date()): Promise<{ published: number; expired: number }> {
    const published = await this.publishDue(now);
    const expired = await this.expire(now);
    if (published + expired > 0) this.indexer.kick();
    return { published, expired };
  }

  private async publishDue(now: Date): Promise<number> {
    return this.dataSource.transaction(async (m) => {
      const drafts = await m
        .createQueryBuilder(ArticleDraft, 'd')
        .where(`d.state = 'scheduled' AND d.publish_at <= :now`, { now })
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .limit(100)
        .getMany();
      for (const draft of drafts) {
        const article = await m.findOneByOrFail(Article, { id: draft.articleId });
        transition(toWorkflowState(article, draft), { type: 'publishDue', now });
        const version = await publishDraft(m, draft, draft.approvedBy ?? draft.updatedBy);
        await this.audit.append(m, null, {
          action: 'article.published_scheduled',
          subjectType: 'article',
          subjectId: draft.articleId,
          details: { version },
        });
      }
      return drafts.length;
    });
  }

  /** Expired articles are already filtered at query time; this removes them from the index. */
  private async expire(now: Date): Promise<number> {
    return this.dataSource.transaction(async (m) => {
      const rows = (await m.query(
        `WITH expired AS (
           UPDATE articles SET expiry_processed_at = now()
            WHERE id IN (SELECT id FROM articles WHERE valid_until <= $1 AND expiry_processed_at IS NULL
                          AND published_version IS NOT NULL FOR UPDATE SKIP LOCKED LIMIT 500)
            RETURNING id)
         SELECT id FROM expired`,
        [now],
      )) as { id: string }[];
      const ids = rows.map((r) => r.id);
      await enqueueReindex(m, ids);
      for (const id of ids) await this.audit.append(m, null, { action: 'article.expired', subjectType: 'article', subjectId: id });
      return ids.length;
    });
  }
}
