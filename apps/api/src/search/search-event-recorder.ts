import { BeforeApplicationShutdown, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { normalizeQuery, type SearchIntent } from '@bsc/domain';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { jsonLogger } from '../common/http/json-logger';
import { queryRows } from '../database/typed-rows';
import type { SearchClickDto } from './dto/search-query.dto';

/** What the analytics keep of one search (no user). */
export interface SearchEvent {
  query: string;
  /** Only settled searches are stored: previews while typing would count "ausl", "ausländerbeh", … */
  intent: SearchIntent;
  resultCount: number;
  degraded: boolean;
  /** As in the response: false = "Kein passender Artikel gefunden", a content gap. */
  answered: boolean;
}

/**
 * Records settled searches and clicks for the analytics (normalised query, result count, answered,
 * clicked article and position; no user). The insert runs after the answer is on its way: an
 * agent mid-call never waits for analytics, and a lost row costs nothing but a statistic.
 */
@Injectable()
export class SearchEventRecorder implements BeforeApplicationShutdown {
  private readonly pending = new Map<string, Promise<void>>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Returns the search id at once; the row follows. A preview gets an id that no row has: the
   * editor settles the search (a settled request) before it records a click on its results.
   */
  record(event: SearchEvent): string {
    const id = randomUUID();
    if (event.intent !== 'settled') return id;
    const insert = this.dataSource
      .query(`INSERT INTO search_events (id, query, result_count, degraded, answered) VALUES ($1, $2, $3, $4, $5)`, [
        id,
        normalizeQuery(event.query),
        event.resultCount,
        event.degraded,
        event.answered,
      ])
      .then(
        () => undefined,
        (error: unknown) => jsonLogger.warn('search event not recorded', { error: String(error) }),
      )
      .finally(() => this.pending.delete(id));
    this.pending.set(id, insert);
    return id;
  }

  /** Records the first article opened from a search (position null: opened without a list position). */
  async recordClick(dto: Pick<SearchClickDto, 'searchId' | 'articleId'> & { position: number | null }): Promise<void> {
    await this.pending.get(dto.searchId);
    await this.dataSource.query(
      `UPDATE search_events SET clicked_article_id = $2, clicked_position = $3, clicked_at = now()
        WHERE id = $1 AND clicked_article_id IS NULL`,
      [dto.searchId, dto.articleId, dto.position],
    );
  }

  /**
   * Notes that an agent used an answer after this search (USED_SIGNALS): the search is no
   * content gap, whatever it said. Independent of the learning being switched on.
   */
  async markAnswerUsed(searchId: string): Promise<void> {
    await this.pending.get(searchId);
    await this.dataSource.query(`UPDATE search_events SET answer_used = true WHERE id = $1 AND NOT answer_used`, [searchId]);
  }

  /** The normalised words of a settled search, or null when no such search is stored. */
  async settledQuery(searchId: string): Promise<string | null> {
    await this.pending.get(searchId);
    const [row] = await queryRows(this.dataSource, { query: 'text' }, `SELECT query FROM search_events WHERE id = $1`, [searchId]);
    return row?.query ?? null;
  }

  /** Resolves when every event recorded so far is stored (analytics read after it). */
  async settled(): Promise<void> {
    await Promise.all(this.pending.values());
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.settled();
  }
}
