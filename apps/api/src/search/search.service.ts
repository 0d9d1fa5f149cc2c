import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { computeFreshness, DomainError, hasPermission, stemGermanWords, type SearchHit, type SearchResponse } from '@bsc/domain';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { Actor } from '../common/auth/actor';
import { jsonLogger } from '../common/http/json-logger';
import { searchDrafts } from './draft-search';
import type { SearchClickDto, SearchQueryDto } from './dto/search-query.dto';
import { searchPostgres } from './postgres-fallback.search';
import { planQuery, type QueryPlan } from './query-plan';
import { SearchIndex, type IndexHit, type IndexQuery, type IndexResult } from './search-index.port';
import { SearchEventRecorder } from './search-event-recorder';
import { SearchSetupService } from './search-setup.service';

/** Agent search: Meilisearch first, PostgreSQL full-text search when it is unavailable. */
@Injectable()
export class SearchService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly index: SearchIndex,
    private readonly setup: SearchSetupService,
    private readonly events: SearchEventRecorder,
  ) {}

  /** Searches published articles, or (scope 'drafts', authors only) the actor's departments' drafts. */
  async search(dto: SearchQueryDto, actor?: Actor): Promise<SearchResponse> {
    const started = performance.now();
    const q = dto.q.trim();
    const plan = planQuery(q, await this.setup.vocabulary());
    if (dto.scope === 'drafts') return this.searchDrafts(actor, dto, plan, started);
    const query: IndexQuery = {
      q,
      variants: plan.variants,
      highlightStems: [...plan.stems, ...plan.synonyms.flatMap((s) => stemGermanWords(s))],
      departmentId: dto.department,
      kind: dto.kind,
      limit: dto.limit,
      offset: dto.offset,
      now: Date.now(),
    };
    const { result, degraded } = await this.queryWithFallback(query, plan);
    // An empty query is no search an admin could learn from.
    const searchId = plan.words.length > 0 ? this.events.record(q, result.total, degraded) : randomUUID();
    return {
      searchId,
      query: q,
      hits: result.hits.map((hit) => toSearchHit(hit, new Date(query.now))),
      total: result.total,
      facets: result.facets,
      degraded,
      // Placeholder until the fused ranking computes a calibrated confidence (issue 11).
      answered: result.hits.length > 0,
      confidence: result.hits.length > 0 ? 1 : 0,
      tookMs: elapsed(started),
    };
  }

  /** Authors' search of their departments' drafts (not recorded in the analytics of agents' searches). */
  private async searchDrafts(actor: Actor | undefined, dto: SearchQueryDto, plan: QueryPlan, started: number): Promise<SearchResponse> {
    if (!actor || !hasPermission(actor.roles, 'article:write')) throw new DomainError('FORBIDDEN');
    const departmentIds = actor.roles.includes('admin') ? null : actor.departmentIds;
    const found =
      plan.words.length === 0
        ? { hits: [], total: 0 }
        : await searchDrafts(this.dataSource.manager, {
            plan,
            departmentIds,
            departmentId: dto.department,
            kind: dto.kind,
            limit: dto.limit,
            offset: dto.offset,
          });
    const { hits } = found;
    return {
      searchId: randomUUID(),
      query: dto.q.trim(),
      hits,
      total: found.total,
      facets: { department: {}, kind: {} },
      degraded: false,
      answered: hits.length > 0,
      confidence: hits.length > 0 ? 1 : 0,
      tookMs: elapsed(started),
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

  recordClick(dto: SearchClickDto): Promise<void> {
    return this.events.recordClick(dto);
  }

  private async queryWithFallback(query: IndexQuery, plan: QueryPlan): Promise<{ result: IndexResult; degraded: boolean }> {
    if (plan.words.length === 0) return { result: { hits: [], total: 0, facets: { department: {}, kind: {} } }, degraded: false };
    try {
      return { result: await this.index.search(query), degraded: false };
    } catch (error) {
      jsonLogger.warn('search index unavailable, answering from PostgreSQL', { error: String(error) });
      this.setup.recheck();
      return { result: await searchPostgres(this.dataSource.manager, query, [...plan.words, ...plan.synonyms]), degraded: true };
    }
  }
}

function elapsed(started: number): number {
  return Math.round((performance.now() - started) * 10) / 10;
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
