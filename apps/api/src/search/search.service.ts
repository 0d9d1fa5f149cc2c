import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  computeFreshness,
  DomainError,
  hasPermission,
  type ArticleKind,
  type Clock,
  type SearchHit,
  type SearchResponse,
} from '@bsc/domain';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { Actor } from '../common/auth/actor';
import { CLOCK } from '../freshness/clock.provider';
import { jsonLogger } from '../common/http/json-logger';
import { searchDrafts } from './draft-search';
import type { SearchClickDto, SearchQueryDto } from './dto/search-query.dto';
import { planQuery, type QueryPlan } from './query-plan';
import { answerCoverage } from './ranking/answer-confidence';
import { rankBm25f } from './ranking/bm25f-query';
import { CircuitBreaker } from './ranking/circuit-breaker';
import { toEngineCandidates, fuse, type EngineCandidate, type FusedCandidate } from './ranking/fusion';
import { loadPageDocuments, type PageDocument } from './ranking/page-documents';
import { rankingQuery } from './ranking/query-terms';
import { answerRule, type RankingParams } from './ranking/ranking-params';
import { RankingVocabulary } from './ranking/ranking-vocabulary.service';
import { documentSnippet } from './snippet';
import { SearchIndex, SearchIndexUnavailableError, type IndexQuery } from './search-index.port';
import { SearchEventRecorder } from './search-event-recorder';
import { SearchSetupService } from './search-setup.service';

/** Where the search is: filters and page. */
export interface RankInput {
  q: string;
  departmentId?: string;
  kind?: ArticleKind;
  limit: number;
  offset: number;
  now: number;
}

/** The fused ranking of a query, before the page is loaded. */
export interface RankOutcome {
  words: string[];
  /** Lexemes the snippets highlight. */
  stems: string[];
  candidates: FusedCandidate[];
  /** Coverage of the best candidate (see fusion.ts); `answered` is confidence ≥ answerThreshold. */
  confidence: number;
  answered: boolean;
  /** Meilisearch did not contribute (down, breaker open, not set up). */
  degraded: boolean;
}

// The most candidates a search ranks (pages beyond it are empty): 10 pages of the default 20.
const MAX_POOL = 200;
// After a timeout or refused connection, Meilisearch is skipped this long (then one probe).
const ENGINE_COOLDOWN_MS = 10_000;

/**
 * Agent search: BM25F in PostgreSQL fused with Meilisearch's ranking (search-config/README.md).
 * Both run in parallel, one request each; when Meilisearch is unavailable BM25F answers alone
 * and the response says `degraded: true`.
 */
@Injectable()
export class SearchService {
  private readonly engineBreaker = new CircuitBreaker(ENGINE_COOLDOWN_MS);
  private engineGeneration = 0;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly index: SearchIndex,
    private readonly setup: SearchSetupService,
    private readonly events: SearchEventRecorder,
    private readonly vocabulary: RankingVocabulary,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Searches published articles, or (scope 'drafts', authors only) the actor's departments' drafts. */
  async search(dto: SearchQueryDto, actor?: Actor): Promise<SearchResponse> {
    const started = performance.now();
    const q = dto.q.trim();
    if (dto.scope === 'drafts') return this.searchDrafts(actor, dto, planQuery(q, await this.setup.vocabulary()), started);
    const now = this.clock.now().getTime();
    const ranked = await this.rank({ q, departmentId: dto.department, kind: dto.kind, limit: dto.limit, offset: dto.offset, now });
    const page = ranked.candidates.slice(dto.offset, dto.offset + dto.limit);
    const documents = await loadPageDocuments(
      this.dataSource.manager,
      page.map((c) => c.articleId),
    );
    const degraded = ranked.degraded;
    const total = ranked.candidates.length;
    // An empty query is no search an admin could learn from.
    const searchId =
      ranked.words.length > 0
        ? this.events.record({ query: q, intent: dto.intent, resultCount: total, degraded, answered: ranked.answered })
        : randomUUID();
    return {
      searchId,
      query: q,
      hits: page.flatMap((c) => {
        const document = documents.get(c.articleId);
        return document ? [toSearchHit(document, ranked.stems, new Date(now))] : [];
      }),
      total,
      facets: facetsOf(ranked.candidates),
      degraded,
      answered: ranked.answered,
      confidence: Math.round(ranked.confidence * 1000) / 1000,
      tookMs: elapsed(started),
    };
  }

  /**
   * The fused ranking: BM25F over the analysed words (PostgreSQL) and one plain Meilisearch
   * search of the meaningful words, in parallel, fused by normalised scores. `params` defaults
   * to search-config/ranking.json (the cross-validation passes candidates).
   */
  async rank(input: RankInput, params: RankingParams = this.setup.rankingParams): Promise<RankOutcome> {
    const [thesaurus, vocabulary] = await Promise.all([this.setup.vocabulary(), this.vocabulary.current()]);
    const query = rankingQuery(input.q, vocabulary, thesaurus, params);
    if (query.words.length === 0) return { words: [], stems: [], candidates: [], confidence: 0, answered: false, degraded: false };
    const pool = Math.min(MAX_POOL, Math.max(params.candidates, input.offset + input.limit));
    const [bm25f, engine] = await Promise.all([
      rankBm25f(
        this.dataSource.manager,
        {
          terms: query.terms,
          wordCount: query.words.length,
          now: input.now,
          departmentId: input.departmentId,
          kind: input.kind,
          limit: pool,
        },
        params,
      ),
      this.engineCandidates({ q: query.words.join(' '), departmentId: input.departmentId, kind: input.kind, limit: pool, now: input.now }),
    ]);
    const candidates = fuse(bm25f.candidates, (c) => answerCoverage(query, bm25f, c.matched, answerRule(params), c.about), engine, params);
    const confidence = candidates[0]?.coverage ?? 0;
    return {
      words: query.words,
      stems: [...new Set(query.terms.map((t) => t.lexeme))],
      candidates,
      confidence,
      answered: candidates.length > 0 && confidence >= params.answerThreshold,
      degraded: engine === null,
    };
  }

  /** Meilisearch's candidates, or null when it cannot contribute (then BM25F answers alone). */
  private async engineCandidates(query: IndexQuery): Promise<EngineCandidate[] | null> {
    if (!this.engineAllowed()) return null;
    try {
      const result = await this.index.search(query);
      this.engineBreaker.succeeded();
      return toEngineCandidates(result.hits);
    } catch (error) {
      if (error instanceof SearchIndexUnavailableError) {
        this.engineBreaker.failed('unavailable');
        jsonLogger.warn('search index unavailable, ranking with PostgreSQL alone', { error: String(error) });
        this.setup.recheck();
      } else {
        this.engineBreaker.failed('other');
        jsonLogger.error('search index rejected the query: a bug in the request', { error: String(error) });
      }
      return null;
    }
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
            now: this.clock.now(),
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

  /** As-you-type titles: Meilisearch's prefix search, BM25F when it is unavailable (same breaker). */
  async suggest(q: string): Promise<{ suggestions: { id: string; title: string }[] }> {
    const text = q.trim();
    if (text.length === 0) return { suggestions: [] };
    const now = this.clock.now().getTime();
    if (this.engineAllowed()) {
      try {
        const suggestions = await this.index.suggest(text, SUGGESTIONS, now);
        this.engineBreaker.succeeded();
        return { suggestions };
      } catch (error) {
        const unavailable = error instanceof SearchIndexUnavailableError;
        this.engineBreaker.failed(unavailable ? 'unavailable' : 'other');
        if (!unavailable) jsonLogger.error('search index rejected the suggest query: a bug in the request', { error: String(error) });
      }
    }
    const ranked = await this.rank({ q: text, limit: SUGGESTIONS, offset: 0, now });
    const documents = await loadPageDocuments(
      this.dataSource.manager,
      ranked.candidates.slice(0, SUGGESTIONS).map((c) => c.articleId),
    );
    return { suggestions: [...documents.values()].map((d) => ({ id: d.id, title: d.title })) };
  }

  /**
   * Whether Meilisearch may be asked now: it is set up, and the breaker is closed or lets this
   * request probe. The setup service re-checks an index that failed every second; when it
   * finds it ready again the breaker closes at once instead of after its cool-down.
   */
  private engineAllowed(): boolean {
    if (!this.setup.isReady) return false;
    if (this.setup.readyGeneration !== this.engineGeneration) {
      this.engineGeneration = this.setup.readyGeneration;
      this.engineBreaker.succeeded();
    }
    return this.engineBreaker.allow();
  }

  recordClick(dto: SearchClickDto): Promise<void> {
    return this.events.recordClick(dto);
  }
}

const SUGGESTIONS = 8;

function facetsOf(candidates: readonly FusedCandidate[]): SearchResponse['facets'] {
  const facets: SearchResponse['facets'] = { department: {}, kind: {} };
  for (const c of candidates) {
    facets.department[c.departmentId] = (facets.department[c.departmentId] ?? 0) + 1;
    facets.kind[c.kind] = (facets.kind[c.kind] ?? 0) + 1;
  }
  return facets;
}

function elapsed(started: number): number {
  return Math.round((performance.now() - started) * 10) / 10;
}

function toSearchHit(d: PageDocument, stems: string[], now: Date): SearchHit {
  const freshness = computeFreshness({ lastVerifiedAt: d.lastVerifiedAt, reviewIntervalDays: d.reviewIntervalDays, now });
  return {
    id: d.id,
    kind: d.kind,
    title: d.title,
    shortAnswer: d.shortAnswer,
    snippet: documentSnippet(d.bodyText, d.shortAnswer, stems),
    departmentId: d.departmentId,
    departmentName: d.departmentName,
    bscResolution: d.bscResolution,
    externalRef: d.externalRef,
    freshness: freshness.state,
    status: 'published',
  };
}
