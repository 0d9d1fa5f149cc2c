import { Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { BuiltInSynonym } from '@bsc/domain';
import { DataSource } from 'typeorm';
import { jsonLogger } from '../common/http/json-logger';
import { RetryUntilDone } from '../common/jobs/retry-until-done';
import { queryOne, queryRows } from '../database/typed-rows';
import type { QueryVocabulary } from './query-plan';
import type { RankingParams } from './ranking/ranking-params';
import { loadSearchConfig } from './search-config';
import { SearchIndex } from './search-index.port';

const RETRY_MS = 1_000;
// Other API instances pick up synonyms an admin added within this time.
const VOCABULARY_TTL_MS = 60_000;

/**
 * Applies search-config/ and the admins' synonyms to the index at start-up (idempotent). When
 * Meilisearch is down the API still starts (search answers from PostgreSQL) and this retries.
 */
@Injectable()
export class SearchSetupService implements OnApplicationBootstrap, OnApplicationShutdown {
  private ready = false;
  private generation = 0;
  private readonly setUpLoop = new RetryUntilDone('search index setup', RETRY_MS, () => this.setUp());
  private readonly config = loadSearchConfig();
  private readonly notLearned: ReadonlySet<string> = new Set(this.config.notLearnedWords);
  private cachedVocabulary: { value: Promise<QueryVocabulary>; at: number } | undefined;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly index: SearchIndex,
  ) {}

  get isReady(): boolean {
    return this.ready;
  }

  /** Counts the times the index was (re)confirmed ready: a search breaker opened before may close. */
  get readyGeneration(): number {
    return this.generation;
  }

  /** Words the learning never learns (search-config/not-learned-words.json). */
  get notLearnedWords(): ReadonlySet<string> {
    return this.notLearned;
  }

  /** The ranking parameters of search-config/ranking.json. */
  get rankingParams(): RankingParams {
    return this.config.ranking;
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.setUpLoop.run();
  }

  onApplicationShutdown(): void {
    this.setUpLoop.stop();
  }

  /** The built-in thesaurus entries of search-config/synonyms.json, as read at start-up. */
  get builtInSynonyms(): BuiltInSynonym[] {
    return this.config.synonymEntries;
  }

  /** Base synonyms from search-config/synonyms.json merged with those admins added. */
  async synonyms(): Promise<Record<string, string[]>> {
    const merged: Record<string, string[]> = structuredClone(this.config.synonyms);
    const rows = await queryRows(this.dataSource, { term: 'text', synonyms: 'text[]' }, `SELECT term, synonyms FROM search_synonyms`);
    for (const row of rows) {
      // Admin synonyms are mutual: every word of the group finds the others.
      const group = [row.term, ...row.synonyms].map((w) => w.toLowerCase());
      for (const word of group) merged[word] = [...new Set([...(merged[word] ?? []), ...group.filter((w) => w !== word)])];
    }
    return merged;
  }

  /** Pushes the current synonym dictionary to the index (and to the API's query rewriting). */
  async pushSynonyms(): Promise<void> {
    this.cachedVocabulary = undefined;
    await this.index.applySynonyms(await this.synonyms());
  }

  /** Stop words and thesaurus the API applies to queries itself (cached for a minute). */
  vocabulary(): Promise<QueryVocabulary> {
    const now = Date.now();
    if (!this.cachedVocabulary || now - this.cachedVocabulary.at > VOCABULARY_TTL_MS) {
      const value = this.synonyms().then((thesaurus) => ({ stopWords: new Set(this.config.stopWords), thesaurus }));
      // A failed load (database hiccup) is not cached.
      value.catch(() => {
        this.cachedVocabulary = undefined;
      });
      this.cachedVocabulary = { value, at: now };
    }
    return this.cachedVocabulary.value;
  }

  /**
   * Called by the indexer when a pass failed: Meilisearch may come back empty (a new container
   * without its volume), so settings are checked again before anything is indexed.
   */
  recheck(): void {
    if (!this.ready) return;
    this.ready = false;
    this.setUpLoop.soon();
  }

  private async setUp(): Promise<void> {
    const { created } = await this.index.ensureReady(await this.synonyms());
    if (created) await this.refill();
    this.ready = true;
    this.generation += 1;
  }

  /** A new, empty index gets every published article through the outbox. */
  private async refill(): Promise<void> {
    const { n } = await queryOne(
      this.dataSource,
      { n: 'int' },
      `WITH queued AS (INSERT INTO search_outbox (article_id)
         SELECT id FROM articles WHERE published_version IS NOT NULL AND NOT archived RETURNING 1)
       SELECT count(*)::int AS n FROM queued`,
    );
    if (n > 0) jsonLogger.warn('search index was missing: re-indexing every published article', { articles: n });
  }
}
