import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/auth/actor';
import { jsonLogger } from '../common/http/json-logger';
import { clearPostings, refreshCorpus, writePostings } from './ranking/postings-store';
import { documentWords } from './ranking/ranked-document';
import type { RankingParams } from './ranking/ranking-params';
import { RankingVocabulary } from './ranking/ranking-vocabulary.service';
import { allSearchDocuments, countPublished } from './search-document.builder';
import { SearchIndex, type RebuildProgress, type SearchDocument } from './search-index.port';
import { REBUILD_LOCK, SearchIndexerService } from './search-indexer.service';
import { SearchSetupService } from './search-setup.service';

/** State of the running or the last rebuild of this API instance. */
export interface ReindexStatus {
  state: 'idle' | 'running' | 'succeeded' | 'failed';
  indexed: number;
  total: number;
  startedAt: string | null;
  finishedAt: string | null;
  error: string | null;
}

/** Result of a finished rebuild. */
export interface RebuildResult {
  indexed: number;
  durationMs: number;
}

/**
 * Rebuilds the search index from PostgreSQL into a fresh index and swaps it in atomically:
 * agents keep searching the old index until the new one is complete.
 */
@Injectable()
export class ReindexService {
  private status: ReindexStatus = { state: 'idle', indexed: 0, total: 0, startedAt: null, finishedAt: null, error: null };
  private running: Promise<RebuildResult> | undefined;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly index: SearchIndex,
    private readonly setup: SearchSetupService,
    private readonly indexer: SearchIndexerService,
    private readonly audit: AuditService,
    private readonly vocabulary: RankingVocabulary,
  ) {}

  current(): ReindexStatus {
    return { ...this.status };
  }

  /** Starts a rebuild in the background (unless one runs already) and returns its status at once. */
  async start(actor: Actor | null, via: 'api' | 'cli'): Promise<ReindexStatus> {
    if (!this.running) {
      await this.audited(actor, via);
      const run = this.rebuild();
      this.running = run;
      // The outcome is reported through current(); a failure is logged by rebuild().
      run.then(
        () => (this.running = undefined),
        () => (this.running = undefined),
      );
    }
    return this.current();
  }

  /** Audits, rebuilds and resolves when the new index is live (the CLI's way). */
  async runNow(actor: Actor | null, via: 'api' | 'cli', onProgress?: RebuildProgress): Promise<RebuildResult> {
    await this.audited(actor, via);
    return this.rebuild(onProgress);
  }

  private async audited(actor: Actor | null, via: 'api' | 'cli'): Promise<void> {
    await this.dataSource.transaction((m) =>
      this.audit.append(m, actor, { action: 'search.reindex_started', subjectType: 'search_index', subjectId: null, details: { via } }),
    );
  }

  /** Rebuilds and resolves when the new index is live. */
  async rebuild(onProgress?: RebuildProgress, batchSize = 500): Promise<RebuildResult> {
    const started = performance.now();
    this.status = { state: 'running', indexed: 0, total: 0, startedAt: new Date().toISOString(), finishedAt: null, error: null };
    try {
      const indexed = await this.dataSource.transaction(async (m) => {
        // Outbox passes (of every API instance) wait: a change they wrote into the old index
        // would be lost by the swap; rows left in the outbox are applied to the new index.
        await m.query(`SELECT pg_advisory_xact_lock(${REBUILD_LOCK})`);
        const total = await countPublished(m);
        this.status.total = total;
        // The BM25F tables are rebuilt from the same batches in the same transaction: if
        // Meilisearch fails, both stay as they were.
        await clearPostings(m);
        const params = this.setup.rankingParams;
        const batches = withPostings(m, allSearchDocuments(m, batchSize), this.vocabulary, params);
        await this.index.rebuild(batches, total, await this.setup.synonyms(), (done, all) => {
          this.status.indexed = done;
          onProgress?.(done, all);
        });
        // Exact averages over the whole corpus (a reindex is how their drift is corrected).
        await refreshCorpus(m, params, true);
        return total;
      });
      this.status = { ...this.status, state: 'succeeded', indexed, finishedAt: new Date().toISOString() };
      return { indexed, durationMs: Math.round(performance.now() - started) };
    } catch (error) {
      this.status = { ...this.status, state: 'failed', finishedAt: new Date().toISOString(), error: String(error) };
      jsonLogger.warn('search index rebuild failed', { error: String(error) });
      throw error;
    } finally {
      this.indexer.kick();
    }
  }
}

/** Passes the batches on after writing their BM25F postings. */
async function* withPostings(
  manager: EntityManager,
  batches: AsyncIterable<SearchDocument[]>,
  vocabulary: RankingVocabulary,
  params: RankingParams,
): AsyncGenerator<SearchDocument[]> {
  for await (const batch of batches) {
    for (const document of batch) vocabulary.add(documentWords(document).keys());
    await writePostings(manager, batch, [], await vocabulary.current(), params);
    yield batch;
  }
}
