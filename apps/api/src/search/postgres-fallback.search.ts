import { germanStem, type ArticleKind, type BscResolution } from '@bsc/domain';
import type { EntityManager } from 'typeorm';
import type { IndexQuery, IndexResult, SearchDocument } from './search-index.port';
import { highlightSnippet, markStems } from './snippet';

// Query words plus thesaurus terms, OR-ed: enough for any spoken query.
const MAX_TERMS = 24;

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
  const patterns = words.filter((w) => w.length >= 4).map((w) => `%${w.replace(/[%_\\]/g, '')}%`);
  const rows = (await manager.query(
    `WITH q AS (SELECT websearch_to_tsquery('german', $1) AS tsq)
     SELECT a.id, a.kind, a.external_ref, a.department_id, d.name AS department_name,
            a.search_title, a.search_keywords, a.search_summary, a.search_body,
            v.content->>'bscResolution' AS bsc_resolution, v.content->>'leikaKey' AS leika_key,
            a.published_at, a.valid_until, a.last_verified_at,
            coalesce(a.review_interval_days, d.review_interval_days) AS review_interval_days,
            count(*) OVER ()::int AS total
       FROM articles a CROSS JOIN q
       JOIN departments d ON d.id = a.department_id
       JOIN article_versions v ON v.article_id = a.id AND v.number = a.published_version
      WHERE a.published_version IS NOT NULL AND NOT a.archived
        AND (a.valid_until IS NULL OR a.valid_until > to_timestamp($2::double precision / 1000))
        AND ($3::uuid IS NULL OR a.department_id = $3::uuid)
        AND ($4::text IS NULL OR a.kind = $4::text)
        AND (a.search_vector @@ q.tsq OR (a.search_title || ' ' || a.search_keywords) ILIKE ANY($5::text[]))
      ORDER BY ts_rank_cd(a.search_vector, q.tsq, 1)
             + CASE WHEN a.search_title ILIKE ANY($5::text[]) THEN 0.5 ELSE 0 END DESC, a.id
      LIMIT $6 OFFSET $7`,
    [words.join(' or '), query.now, query.departmentId ?? null, query.kind ?? null, patterns, query.limit, query.offset],
  )) as FallbackRow[];
  return {
    hits: rows.map((row) => ({ document: toDocument(row), snippet: highlightSnippet(snippetSource(row, stems), stems) })),
    total: rows[0]?.total ?? 0,
    // Facet counts are not computed in degraded mode: the answer matters, not the facets.
    facets: { department: {}, kind: {} },
  };
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
