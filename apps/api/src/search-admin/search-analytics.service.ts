import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Clock, QueryCount, SearchAnalyticsView } from '@bsc/domain';
import { DataSource } from 'typeorm';
import { queryOne, queryRows } from '../database/typed-rows';
import { CLOCK } from '../freshness/clock.provider';
import { SearchEventRecorder } from '../search/search-event-recorder';

const LIST_SIZE = 20;
const DAY_MS = 86_400_000;

/** Aggregates search_events (which hold no user identity) for the admin dashboard. */
@Injectable()
export class SearchAnalyticsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly events: SearchEventRecorder,
  ) {}

  async overview(days: number): Promise<SearchAnalyticsView> {
    await this.events.settled();
    const since = new Date(this.clock.now().getTime() - days * DAY_MS);
    const totals = await queryOne(
      this.dataSource,
      { total: 'int', degraded: 'int', unanswered: 'int' },
      `SELECT count(*)::int AS total, count(*) FILTER (WHERE degraded)::int AS degraded, count(*) FILTER (WHERE NOT answered)::int AS unanswered
         FROM search_events WHERE at >= $1`,
      [since],
    );
    const [top, zeroResults, unanswered, noClicks] = await Promise.all([
      this.counts(since, 'true', ''),
      this.counts(since, 'result_count = 0', ''),
      // Weak candidates only: the zero-result list already names the others.
      this.counts(since, 'NOT answered AND result_count > 0', ''),
      this.counts(since, 'answered AND result_count > 0', 'HAVING count(clicked_article_id) = 0'),
    ]);
    return {
      days,
      totalSearches: totals.total,
      degradedSearches: totals.degraded,
      unansweredSearches: totals.unanswered,
      top,
      zeroResults,
      unanswered,
      noClicks,
    };
  }

  // `where` and `having` are constants of this file, never user input.
  private async counts(since: Date, where: string, having: string): Promise<QueryCount[]> {
    return queryRows(
      this.dataSource,
      { query: 'text', count: 'int' },
      `SELECT query, count(*)::int AS count FROM search_events
        WHERE at >= $1 AND ${where} GROUP BY query ${having} ORDER BY count DESC, query LIMIT ${LIST_SIZE}`,
      [since],
    );
  }
}
