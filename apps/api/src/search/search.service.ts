import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { computeFreshness, normalizeQuery, type SearchHit, type SearchResponse } from '@bsc/domain';
import { DataSource } from 'typeorm';
import { jsonLogger } from '../common/http/json-logger';
import type { SearchClickDto, SearchQueryDto } from './dto/search-query.dto';
import { searchPostgres } from './postgres-fallback.search';
import { SearchIndex, type IndexHit, type IndexQuery, type IndexResult } from './search-index.port';

/** Agent search: Meilisearch first, PostgreSQL full-text search when it is unavailable. */
@Injectable()
export class SearchService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly index: SearchIndex,
  ) {}

  async search(dto: SearchQueryDto): Promise<SearchResponse> {
    const started = performance.now();
    const q = dto.q.trim();
    const query: IndexQuery = { q, departmentId: dto.department, kind: dto.kind, limit: dto.limit, offset: dto.offset, now: Date.now() };
    const { result, degraded } = await this.queryWithFallback(query);
    const searchId = await this.recordEvent(q, result.total, degraded);
    return {
      searchId,
      query: q,
      hits: result.hits.map((hit) => toSearchHit(hit, new Date(query.now))),
      total: result.total,
      facets: result.facets,
      degraded,
      tookMs: Math.round((performance.now() - started) * 10) / 10,
    };
  }

  async suggest(q: string): Promise<{ suggestions: { id: string; title: string }[] }> {
    if (q.trim().length === 0) return { suggestions: [] };
    try {
      return { suggestions: await this.index.suggest(q.trim(), 8, Date.now()) };
    } catch {
      const result = await searchPostgres(this.dataSource.manager, { q, limit: 8, offset: 0, now: Date.now() });
      return { suggestions: result.hits.map((h) => ({ id: h.document.id, title: h.document.title })) };
    }
  }

  async recordClick(dto: SearchClickDto): Promise<void> {
    await this.dataSource.query(
      `UPDATE search_events SET clicked_article_id = $2, clicked_position = $3, clicked_at = now()
        WHERE id = $1 AND clicked_article_id IS NULL`,
      [dto.searchId, dto.articleId, dto.position],
    );
  }

  private async queryWithFallback(query: IndexQuery): Promise<{ result: IndexResult; degraded: boolean }> {
    try {
      return { result: await this.index.search(query), degraded: false };
    } catch (error) {
      jsonLogger.warn('search index unavailable, answering from PostgreSQL', { error: String(error) });
      return { result: await searchPostgres(this.dataSource.manager, query), degraded: true };
    }
  }

  private async recordEvent(q: string, resultCount: number, degraded: boolean): Promise<string> {
    const normalized = normalizeQuery(q);
    const [row] = (await this.dataSource.query(
      `INSERT INTO search_events (query, result_count, degraded) VALUES ($1, $2, $3) RETURNING id`,
      [normalized, resultCount, degraded],
    )) as { id: string }[];
    return row.id;
  }
}

function toSearchHit(hit: IndexHit, now: Date): SearchHit {
  const d = hit.document;
  const freshness = computeFreshness({ lastVerifiedAt: new Date(d.lastVerifiedAt), reviewIntervalDays: d.reviewIntervalDays, now });
  return {
    id: d.id,
    kind: d.kind,
    title: d.title,
    shortAnswer: d.shortAnswer,
    snippet: hit.snippet,
    departmentId: d.departmentId,
    departmentName: d.departmentName,
    bscResolution: d.bscResolution,
    externalRef: d.externalRef,
    freshness: freshness.state,
    status: 'published',
  };
}
