import type { ArticleKind, BscResolution } from '@bsc/domain';
import type { QueryVariant } from './query-plan';

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
}

/** A query against the index. */
export interface IndexQuery {
  q: string;
  /** The queries to run and merge (see query-plan.ts); without it, `q` is searched as typed. */
  variants?: QueryVariant[];
  /** Stems whose words the snippets highlight; default: the stems of `q`. */
  highlightStems?: string[];
  departmentId?: string;
  kind?: ArticleKind;
  limit: number;
  offset: number;
  /** Epoch milliseconds: documents with validUntil before it are excluded. */
  now: number;
}

/** A hit as the index returns it, with the snippet already highlighted. */
export interface IndexHit {
  document: SearchDocument;
  /** Text with matches wrapped in <mark>…</mark>; everything else HTML-escaped. */
  snippet: string;
}

/** Result of a query. */
export interface IndexResult {
  hits: IndexHit[];
  total: number;
  facets: { department: Record<string, number>; kind: Record<string, number> };
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
