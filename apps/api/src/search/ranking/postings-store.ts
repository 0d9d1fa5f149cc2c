import { canonicalJson, type WordVocabulary } from '@bsc/domain';
import type { EntityManager } from 'typeorm';
import { queryOne, queryRows } from '../../database/typed-rows';
import type { SearchDocument } from '../search-index.port';
import { rankDocument } from './ranked-document';
import { impactParams, type RankingParams } from './ranking-params';

/** Serialises postings maintenance across API instances: document frequencies are shared counters. */
const POSTINGS_LOCK = 7346004;
// Stored impacts use the average field lengths of their time. Once the corpus has grown or
// shrunk by a fifth they are recomputed (a bulk import of 287 articles refreshes a handful of
// times); `kb reindex` always recomputes them.
const MAX_CORPUS_DRIFT = 0.2;
const POSTINGS_PER_STATEMENT = 20_000;

// params is compared canonically with the wanted parameters, never read field by field.
const CORPUS_ROW = { documents: 'int', params: (value: unknown) => value } as const;

/**
 * Brings the BM25F tables in line with the given published documents and removals, in the
 * caller's transaction (the indexer's outbox pass, or a rebuild): postings, document
 * frequencies, field lengths, corpus words and, when they drifted, the corpus averages.
 */
export async function writePostings(
  manager: EntityManager,
  upserts: SearchDocument[],
  removals: string[],
  vocabulary: WordVocabulary,
  params: RankingParams,
): Promise<void> {
  const ids = [...upserts.map((d) => d.id), ...removals];
  if (ids.length === 0) return;
  await manager.query(`SELECT pg_advisory_xact_lock(${POSTINGS_LOCK})`);
  await deletePostings(manager, ids);
  const ranked = upserts.map((document) => rankDocument(document, vocabulary));
  if (ranked.length > 0) {
    await manager.query(
      `INSERT INTO search_documents (article_id, field_lengths, words)
       SELECT x.article_id, x.field_lengths, x.words FROM jsonb_to_recordset($1::jsonb) AS x(article_id uuid, field_lengths real[], words text[])`,
      [JSON.stringify(ranked.map((r) => ({ article_id: r.articleId, field_lengths: r.fieldLengths, words: [...r.words.keys()] })))],
    );
    await countWords(manager, ranked);
  }
  await refreshCorpus(manager, params, false);
  if (ranked.length > 0) await insertPostings(manager, ranked, params);
}

/**
 * Removes every posting and recomputes nothing: the start of a rebuild (same transaction).
 * DELETE, not TRUNCATE: TRUNCATE's exclusive lock made every agent's search wait for the whole
 * rebuild (seconds to minutes) and, on a busy machine, fail at the statement timeout; with
 * DELETE searches keep reading the old postings until the rebuild commits.
 */
export async function clearPostings(manager: EntityManager): Promise<void> {
  await manager.query(`SELECT pg_advisory_xact_lock(${POSTINGS_LOCK})`);
  for (const table of ['search_postings', 'search_documents', 'search_terms', 'search_words', 'search_corpus']) {
    await manager.query(`DELETE FROM ${table}`);
  }
}

/**
 * Recomputes the corpus size and average field lengths and, when they drifted (or `force`, or
 * the parameters in search-config changed), every stored impact.
 */
export async function refreshCorpus(manager: EntityManager, params: RankingParams, force: boolean): Promise<void> {
  await manager.query(`SELECT pg_advisory_xact_lock(${POSTINGS_LOCK})`);
  const [stored] = await queryRows(manager, CORPUS_ROW, `SELECT documents, params FROM search_corpus`);
  const { documents } = await queryOne(manager, { documents: 'int' }, `SELECT count(*)::int AS documents FROM search_documents`);
  const wanted = impactParams(params);
  const drifted =
    !stored ||
    Math.abs(documents - stored.documents) > MAX_CORPUS_DRIFT * Math.max(stored.documents, 1) ||
    // jsonb stores keys in its own order ({b, k1, weights}): compare canonically, or every write
    // recomputes every impact of the corpus (measured: the 10k bench import stalled at 4.3k articles).
    canonicalJson(stored.params) !== canonicalJson(wanted);
  if (!force && !drifted) {
    if (stored.documents !== documents) await manager.query(`UPDATE search_corpus SET documents = $1`, [documents]);
    return;
  }
  await manager.query(
    `INSERT INTO search_corpus (documents, avg_field_lengths, params, refreshed_at)
     SELECT $1, coalesce((SELECT array_agg(avg_len ORDER BY i) FROM (
              SELECT i, avg(d.field_lengths[i])::real AS avg_len
                FROM search_documents d, generate_subscripts(d.field_lengths, 1) AS i GROUP BY i) a), '{}'::real[]),
            $2::jsonb, now()
     ON CONFLICT (singleton) DO UPDATE SET documents = excluded.documents, avg_field_lengths = excluded.avg_field_lengths,
            params = excluded.params, refreshed_at = excluded.refreshed_at`,
    [documents, JSON.stringify(wanted)],
  );
  await manager.query(
    `UPDATE search_postings p SET impact = bm25f_impact(p.tf, d.field_lengths, c.avg_field_lengths, $1::real[], $2, $3)
       FROM search_documents d, search_corpus c WHERE d.article_id = p.article_id`,
    [wanted.weights, wanted.k1, wanted.b],
  );
}

async function deletePostings(manager: EntityManager, ids: string[]): Promise<void> {
  await manager.query(
    `WITH gone AS (DELETE FROM search_postings WHERE article_id = ANY($1::uuid[]) RETURNING lexeme),
          counts AS (SELECT lexeme, count(*)::int AS n FROM gone GROUP BY lexeme)
     UPDATE search_terms t SET df = t.df - c.n FROM counts c WHERE t.lexeme = c.lexeme`,
    [ids],
  );
  await manager.query(
    `WITH gone AS (DELETE FROM search_documents WHERE article_id = ANY($1::uuid[]) RETURNING words),
          counts AS (SELECT w, count(*)::int AS n FROM gone, unnest(gone.words) AS w GROUP BY w)
     UPDATE search_words sw SET df = sw.df - c.n FROM counts c WHERE sw.word = c.w`,
    [ids],
  );
  await manager.query(`DELETE FROM search_terms WHERE df <= 0`);
  await manager.query(`DELETE FROM search_words WHERE df <= 0`);
}

async function countWords(manager: EntityManager, ranked: ReturnType<typeof rankDocument>[]): Promise<void> {
  const counts = new Map<string, { lexeme: string; n: number }>();
  for (const document of ranked) {
    for (const [word, lexeme] of document.words) counts.set(word, { lexeme, n: (counts.get(word)?.n ?? 0) + 1 });
  }
  await manager.query(
    `INSERT INTO search_words (word, lexeme, df)
     SELECT x.word, x.lexeme, x.n FROM jsonb_to_recordset($1::jsonb) AS x(word text, lexeme text, n int) ORDER BY x.word
     ON CONFLICT (word) DO UPDATE SET df = search_words.df + excluded.df`,
    [JSON.stringify([...counts].map(([word, { lexeme, n }]) => ({ word, lexeme, n })))],
  );
}

async function insertPostings(manager: EntityManager, ranked: ReturnType<typeof rankDocument>[], params: RankingParams): Promise<void> {
  const wanted = impactParams(params);
  const postings = ranked.flatMap((document) =>
    [...document.termFrequencies].map(([lexeme, tf]) => ({ article_id: document.articleId, lexeme, tf })),
  );
  // Chunked: one statement per 500 articles (~150k postings) ran into the statement timeout
  // while the machine was busy.
  for (let start = 0; start < postings.length; start += POSTINGS_PER_STATEMENT) {
    await manager.query(
      `INSERT INTO search_postings (article_id, lexeme, tf, impact)
       SELECT x.article_id, x.lexeme, x.tf, bm25f_impact(x.tf, d.field_lengths, c.avg_field_lengths, $2::real[], $3, $4)
         FROM jsonb_to_recordset($1::jsonb) AS x(article_id uuid, lexeme text, tf real[])
         JOIN search_documents d ON d.article_id = x.article_id
        CROSS JOIN search_corpus c`,
      [JSON.stringify(postings.slice(start, start + POSTINGS_PER_STATEMENT)), wanted.weights, wanted.k1, wanted.b],
    );
  }
  await manager.query(
    `INSERT INTO search_terms (lexeme, df)
     SELECT x.lexeme, count(*)::int FROM jsonb_to_recordset($1::jsonb) AS x(lexeme text) GROUP BY x.lexeme ORDER BY x.lexeme
     ON CONFLICT (lexeme) DO UPDATE SET df = search_terms.df + excluded.df`,
    [JSON.stringify(postings.map((p) => ({ lexeme: p.lexeme })))],
  );
}
