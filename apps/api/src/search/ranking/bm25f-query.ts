import type { ArticleKind, QueryTerm } from '@bsc/domain';
import { RANKING_FIELDS, type RankingField, type RankingParams } from './ranking-params';
import { queryRows, type PreparedStatement, type Queryable, type RowOf } from '../../database/typed-rows';

/** One weighted lexeme of a query as BM25F ranks it (`word` also finds the typo stand-in of a word the corpus does not know). */
export interface RankTerm extends QueryTerm {
  weight: number;
}

/** A BM25F query: terms, filters, and how many candidates to return. */
export interface Bm25fQuery {
  terms: RankTerm[];
  wordCount: number;
  now: number;
  departmentId?: string;
  kind?: ArticleKind;
  limit: number;
}

/** A candidate with its BM25F score and the query lexemes it matched. */
export interface Bm25fCandidate {
  articleId: string;
  score: number;
  departmentId: string;
  kind: string;
  /**
   * Matched lexeme → strength in [0, 1]: its impact in this article relative to one occurrence
   * in a title (titleMatchImpact); a word found only in the body counts less.
   */
  matched: Map<string, number>;
  /**
   * The matched lexemes found in what the article is about — title, keywords, short answer or
   * learned phrases — rather than only in its body, documents or fees.
   */
  about: Set<string>;
}

/** The nearest corpus word standing in for a citizen's word the corpus does not know. */
export interface StandIn {
  lexeme: string;
  wordIndex: number;
  /** pg_trgm similarity of the two words. */
  similarity: number;
}

/** Candidates (best first), the importance (idf) of each of the citizen's words, and the typo stand-ins. */
export interface Bm25fResult {
  candidates: Bm25fCandidate[];
  importance: number[];
  standIns: StandIn[];
}

/**
 * The fields that say what an article is about: a concern word found there is an answer; found
 * only in the body, the documents or the fees it may be a mention in passing ("Wohngeld" among
 * the proofs of income of another service). Learned phrases count: agents used the article for them.
 */
export const ABOUT_FIELDS: readonly RankingField[] = ['title', 'keywords', 'summary', 'learned'];
// Their 1-based positions in the postings' tf arrays (RANKING_FIELDS order).
const ABOUT_FIELD_POSITIONS = ABOUT_FIELDS.map((field) => RANKING_FIELDS.indexOf(field) + 1);

// Over-fetch before the filters (expiry, department, kind) that only the articles table knows:
// expired articles are rare; a department filter may discard most candidates.
const OVERFETCH = 4;
const OVERFETCH_FILTERED = 2000;

/**
 * BM25F over impact-ordered postings in ONE statement: the query's lexemes (plus, for a word
 * the corpus does not know, its nearest corpus word by trigram similarity), the top
 * `postingsPerTerm` postings of each, summed per article as weight · idf · impact.
 */
export async function rankBm25f(manager: Queryable, query: Bm25fQuery, params: RankingParams): Promise<Bm25fResult> {
  if (query.terms.length === 0) return { candidates: [], importance: [], standIns: [] };
  const t = query.terms;
  const filtered = query.departmentId !== undefined || query.kind !== undefined;
  const rows = await queryRows(manager, BM25F_ROW, BM25F_STATEMENT, [
    t.map((term) => term.lexeme),
    t.map((term) => term.word),
    t.map((term) => term.weight),
    t.map((term) => term.wordIndex),
    t.map((term) => term.source === 'word'),
    params.typoWeight,
    params.typoMinSimilarity,
    params.postingsPerTerm,
    query.now,
    query.departmentId ?? null,
    query.kind ?? null,
    query.limit,
    filtered ? Math.max(OVERFETCH_FILTERED, query.limit) : query.limit * OVERFETCH,
    query.wordCount,
    titleMatchImpact(params),
    t.map((term) => term.source === 'related'),
    ABOUT_FIELD_POSITIONS,
  ]);
  return {
    candidates: rows.map(toCandidate),
    importance: rows.length > 0 ? rows[0].importance : [],
    standIns: rows.length > 0 ? toStandIns(rows[0]) : [],
  };
}

/**
 * The impact of one occurrence in a title of average length: a word found this strongly counts
 * fully towards `answered`; found only in the body or the documents list, it counts less
 * (a concern mentioned in passing, such as "Wohngeld" among the proofs of income of another service).
 */
export function titleMatchImpact(params: RankingParams): number {
  const title = params.fieldWeights.title;
  return title / (params.k1 + title);
}

/** One row per candidate; the importance and stand-in columns repeat the same arrays on every row. */
const BM25F_ROW = {
  article_id: 'text',
  score: 'float',
  department_id: 'text',
  kind: 'text',
  importance: 'float[]',
  typo_lexemes: 'text[]',
  typo_words: 'int[]',
  typo_similarities: 'float[]',
  matched_lexemes: 'text[]',
  matched_strengths: 'float[]',
  about_lexemes: 'text[]',
} as const;

type Bm25fRow = RowOf<typeof BM25F_ROW>;

function toCandidate(row: Bm25fRow): Bm25fCandidate {
  return {
    articleId: row.article_id,
    score: row.score,
    departmentId: row.department_id,
    kind: row.kind,
    matched: new Map(row.matched_lexemes.map((lexeme, i) => [lexeme, row.matched_strengths[i] ?? 0])),
    about: new Set(row.about_lexemes),
  };
}

function toStandIns(row: Bm25fRow): StandIn[] {
  return row.typo_lexemes.map((lexeme, i) => ({ lexeme, wordIndex: row.typo_words[i], similarity: row.typo_similarities[i] }));
}

// A typo stand-in is a corpus word within the edits Meilisearch tolerates by default (one from
// 5 letters, two from 9; migration CreateTypoEditsFunction). Before, the nearest word by trigram
// similarity stood in whatever its distance: "Nachbar" for "nach", "bisschen" for
// "biometrisches", "Elterngeld" for "Eltern" — noise in spoken queries and false confidence for
// concerns the corpus does not cover. The distance is checked on the most similar few words.
const ONE_TYPO_FROM = 5;
const TWO_TYPOS_FROM = 9;
const TYPO_CANDIDATES = 8;

// $1 lexemes, $2 words, $3 weights, $4 word indexes, $5 is-word flags, $6 typo weight,
// $7 typo similarity, $8 postings per term, $9 now (ms), $10 department, $11 kind, $12 limit,
// $13 over-fetch, $14 number of words, $15 impact of a title match, $16 is-related flags,
// $17 positions (1-based) of the ABOUT_FIELDS in the postings' tf arrays.
const BM25F_SQL = `
  WITH q AS (
    SELECT * FROM unnest($1::text[], $2::text[], $3::real[], $4::int[], $5::boolean[], $16::boolean[])
      AS q(lexeme, word, weight, word_index, is_word, is_related)
  ), unknown AS (
    -- The citizen's words whose lexeme no article contains: only they may be stood in for.
    SELECT q.word_index FROM q WHERE q.is_word AND NOT EXISTS (SELECT 1 FROM search_terms t WHERE t.lexeme = q.lexeme)
  ), corpus AS (
    SELECT coalesce((SELECT documents FROM search_corpus), 0)::float8 AS n
  ), typo_words AS MATERIALIZED (
    -- MATERIALIZED: the nearest-word lookup below must run only for these words. As a plain
    -- semi-join the planner ran it for every word of 5+ letters and filtered afterwards; each
    -- lookup scans the corpus words (measured: 13.1 → 6.2 ms p50 for the dev set at 287 articles).
    SELECT q.word, q.word_index, q.weight FROM q
     WHERE q.is_word AND char_length(q.word) >= ${ONE_TYPO_FROM} AND q.word_index IN (SELECT word_index FROM unknown)
  ), typo AS (
    SELECT s.lexeme, q.word_index, q.weight * $6::real AS weight, s.similarity
      FROM typo_words q CROSS JOIN LATERAL (
        SELECT c.lexeme, c.similarity FROM (
          SELECT w.word, w.lexeme, w.df, similarity(w.word, q.word) AS similarity FROM search_words w
           WHERE w.word % q.word AND similarity(w.word, q.word) >= $7::real
           ORDER BY similarity(w.word, q.word) DESC, w.df DESC, w.word LIMIT ${TYPO_CANDIDATES}) c
         WHERE typo_edits(c.word, q.word) <= CASE WHEN char_length(q.word) >= ${TWO_TYPOS_FROM} THEN 2 ELSE 1 END
         ORDER BY c.similarity DESC, c.df DESC, c.word LIMIT 1) s
  ), terms AS (
    SELECT lexeme, word_index, max(weight) AS weight
      FROM (SELECT lexeme, word_index, weight FROM q WHERE NOT q.is_related OR q.word_index IN (SELECT word_index FROM unknown)
            UNION ALL SELECT lexeme, word_index, weight FROM typo) all_terms
     GROUP BY lexeme, word_index
  ), weighted AS (
    SELECT t.lexeme, max(t.weight) * ln(1 + (c.n - s.df + 0.5) / (s.df + 0.5)) AS w
      FROM terms t JOIN search_terms s ON s.lexeme = t.lexeme CROSS JOIN corpus c
     GROUP BY t.lexeme, s.df, c.n
  ), postings AS (
    SELECT wt.lexeme, p.article_id, p.impact, wt.w * p.impact AS contribution
      FROM weighted wt CROSS JOIN LATERAL (
        SELECT sp.article_id, sp.impact FROM search_postings sp
         WHERE sp.lexeme = wt.lexeme ORDER BY sp.impact DESC LIMIT $8) p
  ), scores AS (
    -- The matched lexemes and their strengths are aggregated in the same pass as the score: a
    -- per-article lookup into the materialised postings afterwards scanned them once per result
    -- (the slowest part of the statement at 100k articles).
    -- The sum in lexeme order, the order in which the plans' sort (article_id, lexeme) for the
    -- array_aggs fed it before, now stated: no plan (BM25F_STATEMENT's cached generic one
    -- included) can change a score's last bit.
    SELECT article_id, sum(contribution ORDER BY lexeme) AS score,
           array_agg(lexeme ORDER BY lexeme) AS lexemes, array_agg(least(1, impact / $15::real) ORDER BY lexeme) AS strengths
      FROM postings GROUP BY article_id
     ORDER BY score DESC, article_id LIMIT $13
  ), top AS (
    SELECT s.article_id, s.score, s.lexemes, s.strengths, a.department_id, a.kind
      FROM scores s JOIN articles a ON a.id = s.article_id
     WHERE a.published_version IS NOT NULL AND NOT a.archived
       AND (a.valid_until IS NULL OR a.valid_until > to_timestamp($9::double precision / 1000))
       AND ($10::uuid IS NULL OR a.department_id = $10::uuid)
       AND ($11::text IS NULL OR a.kind = $11::text)
     ORDER BY s.score DESC, s.article_id LIMIT $12
  ), importance AS (
    SELECT array_agg(coalesce(ln(1 + (c.n - s.df + 0.5) / (s.df + 0.5)), ln(1 + (c.n + 0.5) / 0.5)) ORDER BY i) AS importance
      FROM generate_series(0, $14::int - 1) AS i
      CROSS JOIN corpus c
      LEFT JOIN q ON q.word_index = i AND q.is_word
      LEFT JOIN search_terms s ON s.lexeme = q.lexeme
  ), stand_ins AS (
    SELECT coalesce(array_agg(lexeme ORDER BY word_index), '{}') AS lexemes,
           coalesce(array_agg(word_index ORDER BY word_index), '{}') AS word_indexes,
           coalesce(array_agg(similarity ORDER BY word_index), '{}') AS similarities
      FROM typo
  )
  SELECT top.article_id, top.score, top.department_id, top.kind, importance.importance,
         stand_ins.lexemes AS typo_lexemes, stand_ins.word_indexes AS typo_words, stand_ins.similarities AS typo_similarities,
         top.lexemes AS matched_lexemes, top.strengths AS matched_strengths, about.lexemes AS about_lexemes
    FROM top CROSS JOIN importance CROSS JOIN stand_ins
    -- Only for the returned candidates, by primary key: which matches are in an ABOUT_FIELDS field.
    CROSS JOIN LATERAL (
      SELECT coalesce(array_agg(sp.lexeme), '{}') AS lexemes FROM search_postings sp
       WHERE sp.article_id = top.article_id AND sp.lexeme = ANY(top.lexemes)
         AND EXISTS (SELECT 1 FROM unnest($17::int[]) AS f(i) WHERE coalesce(sp.tf[f.i], 0) > 0)) about
   ORDER BY top.score DESC, top.article_id`;

// Prepared once per connection: parsing and planning this statement cost PostgreSQL more than
// running it at 287 articles (measured over the 220 eval queries, p50 per statement: 4.4 →
// 1.9 ms at 287 articles, 11.5 → 8.2 ms at 100k; the same rows with custom and generic plans).
const BM25F_STATEMENT: PreparedStatement = { name: 'bm25f', text: BM25F_SQL };
