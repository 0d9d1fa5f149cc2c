import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DomainError, type ArticleDetail, type Clock } from '@bsc/domain';
import { DataSource } from 'typeorm';
import { Article } from '../articles/article.entity';
import { ArticleQueriesService } from '../articles/article-queries.service';
import { AuditService } from '../audit/audit.service';
import { actsForDepartment, type Actor } from '../common/auth/actor';
import { SearchIndexerService } from '../search/search-indexer.service';
import { enqueueReindex } from '../search/search-outbox';
import { CLOCK } from './clock.provider';
import { freshnessOverviewToCsv } from './freshness-csv';
import { buildFreshnessOverview } from './freshness-overview';
import type { FreshnessOverview } from '@bsc/domain';
import { readDepartmentRefs, readPublishedArticles } from './published-articles.reader';

/** Which overview: one department instead of all the actor's, another moment than now. */
export interface OverviewOptions {
  departmentId?: string;
  now?: Date;
}

/** Review intervals and the freshness overview of the departments an actor works for. */
@Injectable()
export class FreshnessService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly articles: ArticleQueriesService,
    private readonly indexer: SearchIndexerService,
  ) {}

  /** The overview at `now` (default: the clock) over the actor's departments, or one of them. */
  async overview(actor: Actor, { departmentId, now = this.clock.now() }: OverviewOptions = {}): Promise<FreshnessOverview> {
    const scope = departmentScope(actor, departmentId);
    const manager = this.dataSource.manager;
    const [rows, departments] = await Promise.all([readPublishedArticles(manager, scope), readDepartmentRefs(manager, scope)]);
    return buildFreshnessOverview(rows, departments, now);
  }

  async overviewCsv(actor: Actor, options: OverviewOptions = {}): Promise<string> {
    return freshnessOverviewToCsv(await this.overview(actor, options));
  }

  /** Sets the article's own review interval; `null` falls back to the department default. */
  async setReviewInterval(actor: Actor, articleId: string, days: number | null): Promise<ArticleDetail> {
    await this.dataSource.transaction(async (m) => {
      const article = await m.findOne(Article, { where: { id: articleId }, lock: { mode: 'pessimistic_write' } });
      if (!article) throw new DomainError('ARTICLE_NOT_FOUND');
      if (!actsForDepartment(actor, article.departmentId)) throw new DomainError('DEPARTMENT_FORBIDDEN');
      await m.query(`UPDATE articles SET review_interval_days = $2, updated_at = now() WHERE id = $1`, [articleId, days]);
      // The search document carries the freshness agents see in the hit list.
      await enqueueReindex(m, [articleId]);
      await this.audit.append(m, actor, {
        action: 'article.review_interval_changed',
        subjectType: 'article',
        subjectId: articleId,
        details: { from: article.reviewIntervalDays, to: days },
      });
    });
    this.indexer.kick();
    return this.articles.detail(actor, articleId);
  }
}

/** Department ids the actor may see (`null` = all, for admins); a named department must be one of them. */
function departmentScope(actor: Actor, departmentId: string | undefined): string[] | null {
  if (departmentId) {
    if (!actsForDepartment(actor, departmentId)) throw new DomainError('DEPARTMENT_FORBIDDEN');
    return [departmentId];
  }
  return actor.roles.includes('admin') ? null : actor.departmentIds;
}
