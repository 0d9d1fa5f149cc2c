import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Clock, QueryCount, SearchAnalyticsView } from '@bsc/domain';
import { DataSource } from 'typeorm';
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
    const [totals]: unknown[] = await this.dataSource.query(
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
      totalSearches: intField(totals, 'total'),
      degradedSearches: intField(totals, 'degraded'),
      unansweredSearches: intField(totals, 'unanswered'),
      top,
      zeroResults,
      unanswered,
      noClicks,
    };
  }

  // `where` and `having` are constants of this file, never user input.
  private async counts(since: Date, where: string, having: string): Promise<QueryCount[]> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT query, count(*)::int AS count FROM search_events
        WHERE at >= $1 AND ${where} GROUP BY query ${having} ORDER BY count DESC, query LIMIT ${LIST_SIZE}`,
      [since],
    );
    return rows.map((row) => ({ query: stringField(row, 'query'), count: intField(row, 'count') }));
  }
}

function field(row: unknown, name: string): unknown {
  return typeof row === 'object' && row !== null ? Reflect.get(row, name) : undefined;
}

function intField(row: unknown, name: string): number {
  const value = field(row, name);
  if (typeof value !== 'number') throw new Error(`search analytics: ${name} is not a number`);
  return value;
}

function stringField(row: unknown, name: string): string {
  const value = field(row, name);
  if (typeof value !== 'string') throw new Error(`search analytics: ${name} is not a string`);
  return value;
}
