import { germanStem, type ArticleKind, type BscResolution } from '@bsc/domain';
import type { EntityManager } from 'typeorm';
import type { IndexQuery, IndexResult, SearchDocument } from './search-index.port';
import { highlightSnippet, markStems } from './snippet';

// Query words plus thesaurus terms, OR-ed: enough for any spoken query.
const MAX_TERMS = 24;
/**
 * Most matches ranked per query. Words found in thousands of near-identical articles would
 * otherwise cost a ts_rank_cd (a detoasted body vector) each; title matches come first.
 */
const CANDIDATE_CAP = 300;
/** Must stay identical to the expression of the trigram index (migration CreateArticleTrigramIndex). */
const TITLE_KEYWORDS = "(a.search_title || ' ' || a.search_keywords)";

interface FallbackRow {
  id: string;
  kind: ArticleKind;
  external_ref: string | null;
  department_id: string;
  department_name: string;
  search_title: string;
  search_keywords: string;
  search_summary: string;
  search_body: string;
  bsc_resolution: BscResolution;
  leika_key: string | null;
  published_at: Date;
  valid_until: Date | null;
  last_verified_at: Date;
  review_interval_days: number;
  total: number;
}

/** Words of a query, stripped of everything tsquery syntax could trip over. */
export function queryWords(q: string): string[] {
  return q
    .normalize('NFKC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 12);
}

/**
 * Search when Meilisearch is unavailable: PostgreSQL full-text search ('german' stemming) with
 * OR-matching ranked by relevance, plus substring matches on titles so that parts of German
 * compounds ("zulassung" in "Fahrzeugzulassung") are still found.
 */
export async function searchPostgres(
  manager: EntityManager,
  query: IndexQuery,
  terms: string[] = queryWords(query.q),
): Promise<IndexResult> {
  const words = [...new Set(terms.flatMap(queryWords))].slice(0, MAX_TERMS);
  if (words.length === 0) return { hits: [], total: 0, facets: { department: {}, kind: {} } };
  const stems = words.map(germanStem);
  const { sql, params } = fallbackQuery(words, stems, query);
  const rows = await manager.transaction(async (tx) => {
    // The planner costs a sequential scan below the GIN bitmaps once a few thousand articles
    // match, but the scan detoasts every body vector for its @@ (measured on 10k: 150 ms
    // against a few ms through the indexes). Scoped to this one statement by SET LOCAL.
    await tx.query('SET LOCAL enable_seqscan = off');
    return (await tx.query(sql, params)) as FallbackRow[];
  });
  return {
    hits: rows.map((row) => ({ document: toDocument(row), snippet: highlightSnippet(snippetSource(row, stems), stems) })),
    total: rows[0]?.total ?? 0,
    // Facet counts are not computed in degraded mode: the answer matters, not the facets.
    facets: { department: {}, kind: {} },
  };
}

/**
 * Three steps so that a 10k corpus answers in milliseconds: (1) ids matching the tsquery or a
 * title/keyword substring, found through the GIN indexes (one ILIKE per pattern, because a
 * pattern array cannot use the trigram index), capped by a cheap order that reads no body;
 * (2) ts_rank_cd only on those candidates; (3) departments and versions only for the page.
 */
export function fallbackQuery(words: string[], stems: string[], query: IndexQuery): { sql: string; params: unknown[] } {
  const patterns = words.filter((w) => w.length >= 4).map(likePattern);
  const titlePatterns = [...new Set([...patterns, ...stems.filter((s) => s.length >= 4).map(likePattern)])];
  const cap = Math.max(CANDIDATE_CAP, query.offset + query.limit);
  const params: unknown[] = [words.join(' or '), query.now, query.departmentId ?? null, query.kind ?? null, patterns, titlePatterns];
  params.push(query.limit, query.offset, cap);
  const substring = patterns.map((_, i) => `OR ${TITLE_KEYWORDS} ILIKE $${params.length + 1 + i}`).join(' ');
  params.push(...patterns);
  return { sql: fallbackSql(substring), params };
}

/** $1 words, $2 now, $3 department, $4 kind, $5 patterns, $6 title patterns, $7 limit, $8 offset, $9 cap. */
function fallbackSql(substring: string): string {
  return `
    WITH candidates AS (
      SELECT a.id, count(*) OVER ()::int AS total
        FROM articles a
       WHERE a.published_version IS NOT NULL AND NOT a.archived
         AND (a.valid_until IS NULL OR a.valid_until > to_timestamp($2::double precision / 1000))
         AND ($3::uuid IS NULL OR a.department_id = $3::uuid)
         AND ($4::text IS NULL OR a.kind = $4::text)
         AND (a.search_vector @@ websearch_to_tsquery('german', $1) ${substring})
       ORDER BY (a.search_title ILIKE ANY($6::text[])) DESC, (${TITLE_KEYWORDS} ILIKE ANY($6::text[])) DESC, a.id
       LIMIT $9
    ), ranked AS (
      SELECT c.id, c.total,
             ts_rank_cd(a.search_vector, websearch_to_tsquery('german', $1), 1)
               + CASE WHEN a.search_title ILIKE ANY($5::text[]) THEN 0.5 ELSE 0 END AS rank
        FROM candidates c JOIN articles a ON a.id = c.id
       ORDER BY rank DESC, c.id
       LIMIT $7 OFFSET $8
    )
    SELECT a.id, a.kind, a.external_ref, a.department_id, d.name AS department_name,
           a.search_title, a.search_keywords, a.search_summary, a.search_body,
           v.content->>'bscResolution' AS bsc_resolution, v.content->>'leikaKey' AS leika_key,
           a.published_at, a.valid_until, a.last_verified_at,
           coalesce(a.review_interval_days, d.review_interval_days) AS review_interval_days, r.total
      FROM ranked r
      JOIN articles a ON a.id = r.id
      JOIN departments d ON d.id = a.department_id
      JOIN article_versions v ON v.article_id = a.id AND v.number = a.published_version
     ORDER BY r.rank DESC, r.id`;
}

function likePattern(word: string): string {
  return `%${word.replace(/[%_\\]/g, '')}%`;
}

function snippetSource(row: FallbackRow, stems: string[]): string {
  return markStems(row.search_body, stems).marked ? row.search_body : row.search_summary;
}

function toDocument(row: FallbackRow): SearchDocument {
  return {
    id: row.id,
    title: row.search_title,
    keywords: row.search_keywords.split(' ').filter(Boolean),
    shortAnswer: row.search_summary,
    titleStems: '',
    keywordStems: '',
    summaryStems: '',
    documentNames: [],
    bodyText: '',
    prerequisites: '',
    procedure: '',
    fees: '',
    departmentId: row.department_id,
    departmentName: row.department_name,
    kind: row.kind,
    bscResolution: row.bsc_resolution,
    status: 'published',
    externalRef: row.external_ref,
    leikaKey: row.leika_key,
    publishedAt: row.published_at.getTime(),
    validUntil: row.valid_until ? row.valid_until.getTime() : null,
    lastVerifiedAt: row.last_verified_at.getTime(),
    reviewIntervalDays: row.review_interval_days,
  };
}
