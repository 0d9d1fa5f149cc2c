import { ARTICLE_KINDS, type ArticleKind } from '@bsc/domain';
import { Meilisearch, MeilisearchApiError, MeilisearchRequestError, MeilisearchRequestTimeOutError, type Index } from 'meilisearch';
import type { IndexHit, IndexQuery, IndexResult, RebuildProgress, SearchDocument } from './search-index.port';
import { SearchIndex, SearchIndexUnavailableError } from './search-index.port';
import type { SearchConfigFiles } from './search-config';
import { awaitSucceeded, awaitTask } from './meilisearch-task-wait';
import { MeilisearchSearchRequest, MeilisearchUnreachableError } from './meilisearch-search-request';

/** Connection settings of the adapter. */
export interface MeilisearchAdapterOptions {
  url: string;
  apiKey: string;
  indexName: string;
  config: SearchConfigFiles;
}

/** The Meilisearch implementation of the SearchIndex port. */
export class MeilisearchAdapter extends SearchIndex {
  private readonly client: Meilisearch;
  /** Searches and suggestions (the hot path); the client does everything else. */
  private readonly searches: MeilisearchSearchRequest;

  constructor(private readonly options: MeilisearchAdapterOptions) {
    super();
    // Uncompressed answers: over loopback/LAN, compressing a search response cost ~40 ms
    // (measured with Meilisearch 1.21 and Node's fetch) against ~1 ms of transfer.
    this.client = new Meilisearch({
      host: options.url,
      apiKey: options.apiKey,
      timeout: REQUEST_TIMEOUT_MS,
      requestInit: { headers: { 'Accept-Encoding': 'identity' } },
    });
    this.searches = new MeilisearchSearchRequest(options.url, options.apiKey, REQUEST_TIMEOUT_MS);
  }

  private get index(): Index<SearchDocument> {
    return this.client.index<SearchDocument>(this.options.indexName);
  }

  async ensureReady(synonyms: Record<string, string[]>): Promise<{ created: boolean }> {
    return this.ensureIndex(this.options.indexName, synonyms);
  }

  private async ensureIndex(uid: string, synonyms: Record<string, string[]>): Promise<{ created: boolean }> {
    const exists = await this.client.getIndex(uid).then(
      () => true,
      (error: unknown) => {
        // Only "no such index" means create it; an unreachable server must fail the setup.
        if (error instanceof MeilisearchApiError && error.cause?.code === 'index_not_found') return false;
        throw error;
      },
    );
    if (!exists) await awaitTask(this.client, this.client.createIndex(uid, { primaryKey: 'id' }));
    const settings = { ...this.options.config.settings, stopWords: this.options.config.stopWords, synonyms };
    await awaitTask(this.client, this.client.index(uid).updateSettings(settings));
    await assertSucceeded(this.client, uid);
    return { created: !exists };
  }

  async upsert(documents: SearchDocument[]): Promise<void> {
    if (documents.length === 0) return;
    // Adding documents would create a missing index silently, without the German settings (a
    // Meilisearch that came back without its data): fail instead, so the setup runs again.
    await this.client.getIndex(this.options.indexName);
    await awaitSucceeded(this.client, this.index.addDocuments(documents, { primaryKey: 'id' }), 'upsert');
  }

  async remove(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await awaitSucceeded(this.client, this.index.deleteDocuments(ids), 'remove');
  }

  async search(query: IndexQuery): Promise<IndexResult> {
    const response = await unavailableOnFailure(() =>
      this.searches.search(this.options.indexName, {
        q: query.q,
        filter: searchFilter(query),
        limit: query.limit,
        locales: ['deu'],
        // Measured: long spoken queries drop their commonest words first, not their last ones.
        matchingStrategy: 'frequency',
        // Only what the fusion needs: documents and snippets come from PostgreSQL for the page.
        attributesToRetrieve: ['id', 'departmentId', 'kind'],
        showRankingScore: true,
      }),
    );
    const hits = response.hits.map(toIndexHit);
    return { hits, total: response.estimatedTotalHits ?? hits.length };
  }

  async suggest(q: string, limit: number, now: number): Promise<{ id: string; title: string }[]> {
    return unavailableOnFailure(() => this.suggestTitles(q, limit, now));
  }

  private async suggestTitles(q: string, limit: number, now: number): Promise<{ id: string; title: string }[]> {
    // As-you-type: the last word is a prefix, every word must match (a half-typed compound is
    // split by the German segmenter; with fewer words "wohnsitzan" would suggest "Wohngeld").
    // Only titles and keywords suggest an article.
    const response = await this.searches.search(this.options.indexName, {
      q,
      limit,
      attributesToRetrieve: ['id', 'title'],
      attributesToSearchOn: ['title', 'titleStems', 'keywords', 'keywordStems'],
      filter: `validUntil IS NULL OR validUntil > ${Math.floor(now)}`,
      matchingStrategy: 'all',
      locales: ['deu'],
    });
    return response.hits.map(toSuggestion);
  }

  async rebuild(
    batches: AsyncIterable<SearchDocument[]>,
    total: number,
    synonyms: Record<string, string[]>,
    onProgress?: RebuildProgress,
  ): Promise<void> {
    const live = this.options.indexName;
    const fresh = `${live}_rebuild_${Date.now()}`;
    await this.ensureIndex(live, synonyms);
    await this.ensureIndex(fresh, synonyms);
    let indexed = 0;
    for await (const batch of batches) {
      await awaitSucceeded(this.client, this.client.index(fresh).addDocuments(batch, { primaryKey: 'id' }), 'rebuild batch');
      indexed += batch.length;
      onProgress?.(indexed, total);
    }
    // The swap is atomic: searches see either the old or the new index, never a gap.
    await awaitTask(this.client, this.client.swapIndexes([{ indexes: [live, fresh], rename: false }]));
    await awaitTask(this.client, this.client.deleteIndex(fresh));
  }

  async applySynonyms(synonyms: Record<string, string[]>): Promise<void> {
    await awaitTask(this.client, this.index.updateSynonyms(synonyms));
  }

  async isHealthy(): Promise<boolean> {
    return this.client.isHealthy();
  }

  async count(): Promise<number> {
    const stats = await this.index.getStats();
    return stats.numberOfDocuments;
  }
}

// A short timeout: when Meilisearch hangs, agents get the PostgreSQL fallback quickly.
const REQUEST_TIMEOUT_MS = 2_000;

/**
 * Connection failures, timeouts and 5xx become SearchIndexUnavailableError (the breaker trips);
 * a 4xx stays what it is: a bug in our request, to be logged, not an outage.
 */
async function unavailableOnFailure<T>(request: () => Promise<T>): Promise<T> {
  try {
    return await request();
  } catch (error) {
    const serverFault = error instanceof MeilisearchApiError && (error.response?.status ?? 500) >= 500;
    const unreachable =
      error instanceof MeilisearchUnreachableError ||
      error instanceof MeilisearchRequestError ||
      error instanceof MeilisearchRequestTimeOutError;
    if (unreachable || serverFault) throw new SearchIndexUnavailableError(error);
    throw error;
  }
}

function toIndexHit(hit: unknown): IndexHit {
  const id = field(hit, 'id');
  const departmentId = field(hit, 'departmentId');
  const kind = field(hit, 'kind');
  const score = field(hit, '_rankingScore');
  if (typeof id !== 'string' || typeof departmentId !== 'string' || !isArticleKind(kind)) {
    throw new Error(`Meilisearch returned a hit without id, departmentId or kind: ${JSON.stringify(hit)}`);
  }
  return { id, score: typeof score === 'number' ? score : 0, departmentId, kind };
}

function toSuggestion(hit: unknown): { id: string; title: string } {
  const id = field(hit, 'id');
  const title = field(hit, 'title');
  if (typeof id !== 'string' || typeof title !== 'string') throw new Error(`Meilisearch returned a suggestion without id or title`);
  return { id, title };
}

function field(value: unknown, name: string): unknown {
  if (typeof value !== 'object' || value === null) return undefined;
  const found: unknown = Reflect.get(value, name);
  return found;
}

function isArticleKind(value: unknown): value is ArticleKind {
  return ARTICLE_KINDS.some((kind) => kind === value);
}

function searchFilter(query: IndexQuery): string {
  const filter = [`(validUntil IS NULL OR validUntil > ${Math.floor(query.now)})`];
  if (query.departmentId) filter.push(`departmentId = ${JSON.stringify(query.departmentId)}`);
  if (query.kind) filter.push(`kind = ${JSON.stringify(query.kind)}`);
  return filter.join(' AND ');
}

async function assertSucceeded(client: Meilisearch, uid: string): Promise<void> {
  const tasks = await client.tasks.getTasks({ indexUids: [uid], statuses: ['failed'], types: ['settingsUpdate'], limit: 1 });
  const failed = tasks.results[0];
  if (failed && Date.now() - new Date(failed.enqueuedAt).getTime() < 60_000) {
    throw new Error(`Meilisearch rejected the index settings: ${failed.error?.message ?? 'unknown error'}`);
  }
}
