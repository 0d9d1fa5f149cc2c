import type { ArticleKind, BscResolution } from '@bsc/domain';

/** One published article as the search index holds it. */
export interface SearchDocument {
  id: string;
  title: string;
  keywords: string[];
  shortAnswer: string;
  /** German stems of the title, keywords and short answer (see stemmedText): inflected forms match. */
  titleStems: string;
  keywordStems: string;
  summaryStems: string;
  documentNames: string[];
  bodyText: string;
  prerequisites: string;
  procedure: string;
  fees: string;
  departmentId: string;
  departmentName: string;
  kind: ArticleKind;
  bscResolution: BscResolution;
  status: 'published';
  externalRef: string | null;
  leikaKey: string | null;
  publishedAt: number;
  /** Epoch milliseconds; null when the article does not expire. */
  validUntil: number | null;
  lastVerifiedAt: number;
  reviewIntervalDays: number;
  /** Words citizens used for this article, learned from agents' usage (lowest-ranked attribute). */
  learnedTerms: string[];
}

/** A query against the index: the citizen's meaningful words, ONE search (no query variants). */
export interface IndexQuery {
  q: string;
  departmentId?: string;
  kind?: ArticleKind;
  limit: number;
  /** Epoch milliseconds: documents with validUntil before it are excluded. */
  now: number;
}

/** A hit as the index ranks it (documents and snippets come from PostgreSQL for the page only). */
export interface IndexHit {
  id: string;
  /** The engine's own relevance in [0, 1] (Meilisearch `_rankingScore`). */
  score: number;
  departmentId: string;
  kind: ArticleKind;
}

/** Result of a query. */
export interface IndexResult {
  hits: IndexHit[];
  total: number;
}

/**
 * The index did not answer (connection refused, timeout, 5xx): the search answers without it
 * and the circuit breaker skips it for a while. Any other error is a bug in our request.
 */
export class SearchIndexUnavailableError extends Error {
  constructor(cause: unknown) {
    super(`search index unavailable: ${String(cause)}`, { cause });
    this.name = 'SearchIndexUnavailableError';
  }
}

/** Reports progress of a rebuild. */
export type RebuildProgress = (indexed: number, total: number) => void;

/**
 * The port services use to reach the search engine. The Meilisearch adapter is the only
 * implementation and the only file importing the Meilisearch client.
 */
export abstract class SearchIndex {
  /** Creates the index if needed and applies settings and synonyms (idempotent); says whether it had to create it. */
  abstract ensureReady(synonyms: Record<string, string[]>): Promise<{ created: boolean }>;
  /** Adds or replaces documents and waits until they are searchable. */
  abstract upsert(documents: SearchDocument[]): Promise<void>;
  /** Removes documents and waits until the removal is visible. */
  abstract remove(ids: string[]): Promise<void>;
  abstract search(query: IndexQuery): Promise<IndexResult>;
  abstract suggest(q: string, limit: number, now: number): Promise<{ id: string; title: string }[]>;
  /** Builds a fresh index from the batches and swaps it in atomically. */
  abstract rebuild(
    batches: AsyncIterable<SearchDocument[]>,
    total: number,
    synonyms: Record<string, string[]>,
    onProgress?: RebuildProgress,
  ): Promise<void>;
  /** Replaces the synonym dictionary. */
  abstract applySynonyms(synonyms: Record<string, string[]>): Promise<void>;
  abstract isHealthy(): Promise<boolean>;
  /** Number of documents in the index (for drills and health). */
  abstract count(): Promise<number>;
}
