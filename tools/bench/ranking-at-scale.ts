import 'reflect-metadata';
import type { Pool, PoolClient } from 'pg';
import { SearchLimits } from '@bsc/domain';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../apps/api/src/database/data-source';
import { queryRows, sqlText, type Queryable } from '../../apps/api/src/database/typed-rows';
import { rankBm25f } from '../../apps/api/src/search/ranking/bm25f-query';
import { rankingQuery } from '../../apps/api/src/search/ranking/query-terms';
import { RankingVocabulary } from '../../apps/api/src/search/ranking/ranking-vocabulary.service';
import { loadSearchConfig } from '../../apps/api/src/search/search-config';
import { summarize, type LatencySummary } from './stats';

/** How the large corpus was built, and how long each step took. */
export interface ScaleBuild {
  /** Published articles whose postings the indexer wrote during the import (the base). */
  baseArticles: number;
  copies: number;
  articles: number;
  postings: number;
  postingsMiB: number;
  seconds: { copy: number; indexes: number; vacuum: number };
}

/** The BM25F statement alone (rankBm25f, one query at a time) on the large corpus. */
export interface RankingAtScale extends LatencySummary {
  build: ScaleBuild;
  queries: number;
  passes: number;
  /** Candidates asked for (as SearchService.rank for the first page). */
  candidates: number;
  /** The first pass over the queries (cold caches), not part of the figures above. */
  firstPass: LatencySummary;
  /** Queries that returned no candidate (a sanity check: should be 0). */
  noCandidates: number;
  /** The slowest call, explained with its parameters on the same connection. */
  slowest?: { durationMs: number; query: string; plan: string[] };
}

/** The schema that holds the copy; the ranking reads it through `search_path`. */
export const SCALE_SCHEMA = 'bench_scale';
// The tables the BM25F statement reads (search_documents is read only by writes and refreshes).
const TABLES = ['articles', 'search_postings', 'search_terms', 'search_words', 'search_corpus'] as const;

/** How many copies of `base` documents reach `target` (at least one). */
export function copiesFor(base: number, target: number): number {
  if (base <= 0) throw new Error('no published articles to copy');
  return Math.max(1, Math.ceil(target / base));
}

/** An index definition of a table in `public` (pg_indexes.indexdef), pointed at the same table in `schema`. */
export function indexDefinitionIn(schema: string, indexdef: string): string {
  const moved = indexdef.replace(/ ON (?:ONLY )?public\./, ` ON ${schema}.`);
  if (moved === indexdef) throw new Error(`not an index on a table in public: ${indexdef}`);
  return moved;
}

/**
 * Builds a corpus of ≥ `target` articles next to the product's tables, in schema bench_scale:
 * every published article of the import `copies` times with a new id, with the postings the
 * search indexer wrote for it (writePostings, impacts included), document frequencies × copies,
 * the same average field lengths (so the stored impacts stay exact), and the product's own
 * indexes on each table (read from pg_indexes, created after the copy, then VACUUM ANALYZE as
 * autovacuum would after a bulk load). The articles carry the columns the statement filters
 * on, not the text of the PostgreSQL fallback columns.
 */
export async function buildScaledCorpus(pool: Pool, target: number): Promise<ScaleBuild> {
  // One connection: the session setting below holds for every step.
  const db = await pool.connect();
  try {
    // Sorting millions of postings for an index in memory rather than in temporary files.
    await db.query(`SET maintenance_work_mem = '512MB'`);
    return await buildOn(db, target);
  } finally {
    db.release();
  }
}

async function buildOn(db: PoolClient, target: number): Promise<ScaleBuild> {
  const s = SCALE_SCHEMA;
  const [{ n: baseArticles }] = (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM public.search_documents`)).rows;
  const copies = copiesFor(baseArticles, target);
  const timed = async (work: () => Promise<void>) => {
    const started = performance.now();
    await work();
    return (performance.now() - started) / 1000;
  };
  await db.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
  await db.query(`CREATE SCHEMA ${s}`);
  const copy = await timed(async () => {
    // Unlogged: the copy is thrown away; reads are the same as from a logged table.
    await db.query(`CREATE UNLOGGED TABLE ${s}.articles (LIKE public.articles INCLUDING DEFAULTS INCLUDING GENERATED)`);
    for (const table of TABLES.slice(1)) await db.query(`CREATE UNLOGGED TABLE ${s}.${table} (LIKE public.${table} INCLUDING DEFAULTS)`);
    await db.query(
      `CREATE UNLOGGED TABLE ${s}.copies AS
         SELECT d.article_id AS source, gen_random_uuid() AS id FROM public.search_documents d CROSS JOIN generate_series(1, $1::int)`,
      [copies],
    );
    await db.query(
      `INSERT INTO ${s}.articles (id, department_id, kind, published_version, published_at, archived, valid_until, last_verified_at)
       SELECT c.id, a.department_id, a.kind, a.published_version, a.published_at, a.archived, a.valid_until, a.last_verified_at
         FROM ${s}.copies c JOIN public.articles a ON a.id = c.source`,
    );
    await db.query(
      `INSERT INTO ${s}.search_postings (article_id, lexeme, tf, impact)
       SELECT c.id, p.lexeme, p.tf, p.impact FROM public.search_postings p JOIN ${s}.copies c ON c.source = p.article_id`,
    );
    await db.query(`INSERT INTO ${s}.search_terms (lexeme, df) SELECT lexeme, df * $1::int FROM public.search_terms`, [copies]);
    await db.query(`INSERT INTO ${s}.search_words (word, lexeme, df) SELECT word, lexeme, df * $1::int FROM public.search_words`, [copies]);
    await db.query(
      `INSERT INTO ${s}.search_corpus (singleton, documents, avg_field_lengths, params, refreshed_at)
       SELECT singleton, documents * $1::int, avg_field_lengths, params, refreshed_at FROM public.search_corpus`,
      [copies],
    );
    await db.query(`DROP TABLE ${s}.copies`);
  });
  const indexes = await timed(async () => {
    const definitions = await db.query<{ indexdef: string }>(
      `SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename = ANY($1::text[]) ORDER BY tablename, indexname`,
      [TABLES],
    );
    for (const { indexdef } of definitions.rows) await db.query(indexDefinitionIn(s, indexdef));
  });
  const vacuum = await timed(async () => {
    for (const table of TABLES) await db.query(`VACUUM (ANALYZE) ${s}.${table}`);
  });
  const [size] = (
    await db.query<{ articles: number; postings: number; bytes: string }>(
      `SELECT (SELECT count(*)::int FROM ${s}.articles) AS articles, (SELECT count(*)::int FROM ${s}.search_postings) AS postings,
              pg_total_relation_size('${s}.search_postings') AS bytes`,
    )
  ).rows;
  return {
    baseArticles,
    copies,
    articles: size.articles,
    postings: size.postings,
    postingsMiB: Math.round(Number(size.bytes) / 2 ** 20),
    seconds: { copy, indexes, vacuum },
  };
}

/** Drops the copy (and checkpoints, so that later phases do not pay for its dirty pages). */
export async function dropScaledCorpus(db: Pool): Promise<void> {
  await db.query(`DROP SCHEMA IF EXISTS ${SCALE_SCHEMA} CASCADE`);
  await db.query(`CHECKPOINT`);
}

interface StatementCall {
  sql: string;
  params: unknown[];
}

/**
 * Ranks every query with the API's own analysis (rankingQuery: vocabulary of the corpus words
 * and the German word list, stop words and thesaurus of search-config/) and times rankBm25f —
 * the one BM25F statement, through TypeORM like the API — on one connection whose search_path
 * puts the copy first. One pass first (cold), then `passes` measured passes; the slowest call
 * is explained with EXPLAIN (ANALYZE, BUFFERS).
 */
export async function measureRankingAtScale(
  databaseUrl: string,
  queries: string[],
  passes: number,
  build: ScaleBuild,
): Promise<RankingAtScale> {
  const dataSource = new DataSource({ ...dataSourceOptions(databaseUrl), extra: { max: 2 } });
  await dataSource.initialize();
  const runner = dataSource.createQueryRunner();
  try {
    await runner.connect();
    await runner.query(`SET search_path TO ${SCALE_SCHEMA}, public`);
    const config = loadSearchConfig();
    const params = config.ranking;
    const thesaurus = { stopWords: new Set(config.stopWords), thesaurus: config.synonyms };
    // The corpus words of the copy are those of the import (copies add no new word).
    const vocabulary = await new RankingVocabulary(dataSource).current();
    // SearchService.rank asks for this many candidates for the first page of the default size.
    const limit = Math.max(params.candidates, SearchLimits.limitDefault);
    let last: StatementCall | undefined;
    // Remembers the statement, to EXPLAIN the slowest one afterwards.
    const recording: Queryable = {
      query: (sql, values = []) => {
        last = { sql: sqlText(sql), params: values };
        // TypeORM's runner takes node-postgres's prepared statements too (typed-rows.ts).
        return runner.query(sql as string, values);
      },
    };
    const analysed = queries.map((q) => ({ q, query: rankingQuery(q, vocabulary, thesaurus, params) })).filter((a) => a.query.terms.length);
    let slowest: { ms: number; q: string; call: StatementCall } | undefined;
    let noCandidates = 0;
    const runPass = async (record: boolean): Promise<number[]> => {
      const samples: number[] = [];
      for (const { q, query } of analysed) {
        const started = performance.now();
        const result = await rankBm25f(recording, { terms: query.terms, wordCount: query.words.length, now: Date.now(), limit }, params);
        const ms = performance.now() - started;
        samples.push(ms);
        if (!record) continue;
        if (result.candidates.length === 0) noCandidates += 1;
        if (last && (!slowest || ms > slowest.ms)) slowest = { ms, q, call: last };
      }
      return samples;
    };
    const firstPass = summarize(await runPass(false));
    const samples: number[] = [];
    for (let pass = 0; pass < passes; pass += 1) samples.push(...(await runPass(true)));
    let explained: RankingAtScale['slowest'];
    if (slowest) {
      const rows = await queryRows(runner, { 'QUERY PLAN': 'text' }, `EXPLAIN (ANALYZE, BUFFERS) ${slowest.call.sql}`, slowest.call.params);
      explained = { durationMs: slowest.ms, query: slowest.q, plan: rows.map((r) => r['QUERY PLAN']) };
    }
    return {
      ...summarize(samples),
      build,
      queries: analysed.length,
      passes,
      candidates: limit,
      firstPass,
      noCandidates: noCandidates / Math.max(passes, 1),
      slowest: explained,
    };
  } finally {
    await runner.release().catch(() => undefined);
    await dataSource.destroy().catch(() => undefined);
  }
}
