import { Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { jsonLogger } from '../common/http/json-logger';
import type { QueryVocabulary } from './query-plan';
import { loadSearchConfig } from './search-config';
import { SearchIndex } from './search-index.port';

const RETRY_MS = 2_000;
// Other API instances pick up synonyms an admin added within this time.
const VOCABULARY_TTL_MS = 60_000;

/**
 * Applies search-config/ and the admins' synonyms to the index at start-up (idempotent). When
 * Meilisearch is down the API still starts (search answers from PostgreSQL) and this retries.
 */
@Injectable()
export class SearchSetupService implements OnApplicationBootstrap, OnApplicationShutdown {
  private ready = false;
  private retry: NodeJS.Timeout | undefined;
  private readonly config = loadSearchConfig();
  private cachedVocabulary: { value: Promise<QueryVocabulary>; at: number } | undefined;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly index: SearchIndex,
  ) {}

  get isReady(): boolean {
    return this.ready;
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.attempt();
  }

  onApplicationShutdown(): void {
    if (this.retry) clearTimeout(this.retry);
  }

  /** Base synonyms from search-config/synonyms.json merged with those admins added. */
  async synonyms(): Promise<Record<string, string[]>> {
    const merged: Record<string, string[]> = structuredClone(this.config.synonyms);
    const rows = (await this.dataSource.query(`SELECT term, synonyms FROM search_synonyms`)) as { term: string; synonyms: string[] }[];
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

  private async attempt(): Promise<void> {
    try {
      await this.index.ensureReady(await this.synonyms());
      this.ready = true;
    } catch (error) {
      jsonLogger.warn('search index setup failed, retrying', { error: String(error) });
      this.retry = setTimeout(() => void this.attempt(), RETRY_MS);
    }
  }
}
