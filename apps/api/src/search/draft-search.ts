import { ARTICLE_KINDS, computeFreshness, parseStoredContent, type ArticleKind, type SearchHit } from '@bsc/domain';
import type { EntityManager } from 'typeorm';
import { oneOf, queryRows, type RowOf } from '../database/typed-rows';
import type { QueryPlan } from './query-plan';
import { highlightSnippet } from './snippet';

const DRAFT_ROW = {
  id: 'text',
  kind: oneOf(ARTICLE_KINDS),
  external_ref: 'text?',
  department_id: 'text',
  department_name: 'text',
  content: parseStoredContent,
  last_verified_at: 'timestamptz',
  review_interval_days: 'int',
  total: 'int',
} as const;

type DraftRow = RowOf<typeof DRAFT_ROW>;

/** A drafts search: the author's departments (null: every department, for admins), optionally narrowed. */
export interface DraftSearch {
  plan: QueryPlan;
  departmentIds: string[] | null;
  /** Filters, applied before paging so that `total` counts what the filters let through. */
  departmentId?: string;
  kind?: ArticleKind;
  limit: number;
  offset: number;
  /** The moment freshness labels are computed for (the injected clock). */
  now: Date;
}

/**
 * Authors search their departments' open drafts. Drafts change with every autosave, so they
 * are not indexed: PostgreSQL full-text search ('german') over title, keywords, short answer
 * and body, OR-matching the query's words and thesaurus terms, plus substring matches on
 * titles for compounds. The few drafts of a department make this cheap.
 */
export async function searchDrafts(manager: EntityManager, search: DraftSearch): Promise<{ hits: SearchHit[]; total: number }> {
  const terms = [...new Set([...search.plan.words, ...search.plan.synonyms.flatMap((s) => s.split(' '))])];
  const patterns = search.plan.words.filter((w) => w.length >= 4).map((w) => `%${w.replace(/[%_\\]/g, '')}%`);
  const rows = await queryRows(
    manager,
    DRAFT_ROW,
    `WITH q AS (SELECT websearch_to_tsquery('german', $1) AS tsq),
          drafts AS (
            SELECT a.id, a.kind, a.external_ref, a.department_id, d.name AS department_name, dr.content,
                   a.last_verified_at, coalesce(a.review_interval_days, d.review_interval_days) AS review_interval_days,
                   setweight(to_tsvector('german', coalesce(dr.content->>'title', '')), 'A') ||
                   setweight(to_tsvector('german', coalesce(dr.content->>'shortAnswer', '') || ' ' || coalesce(dr.content->>'keywords', '')), 'B') ||
                   setweight(to_tsvector('german', coalesce(jsonb_path_query_array(dr.content->'body', 'strict $.**.text')::text, '')), 'C') AS vector
              FROM article_drafts dr
              JOIN articles a ON a.id = dr.article_id
              JOIN departments d ON d.id = a.department_id
             WHERE ($2::uuid[] IS NULL OR a.department_id = ANY($2::uuid[]))
               AND ($6::uuid IS NULL OR a.department_id = $6::uuid)
               AND ($7::text IS NULL OR a.kind = $7::text))
     SELECT drafts.*, count(*) OVER ()::int AS total FROM drafts CROSS JOIN q
      WHERE drafts.vector @@ q.tsq OR drafts.content->>'title' ILIKE ANY($3::text[])
      ORDER BY ts_rank_cd(drafts.vector, q.tsq, 1) + CASE WHEN drafts.content->>'title' ILIKE ANY($3::text[]) THEN 0.5 ELSE 0 END DESC, drafts.id
      LIMIT $4 OFFSET $5`,
    [terms.join(' or '), search.departmentIds, patterns, search.limit, search.offset, search.departmentId ?? null, search.kind ?? null],
  );
  return { hits: rows.map((row) => toHit(row, search.plan.stems, search.now)), total: rows[0]?.total ?? 0 };
}

function toHit(row: DraftRow, stems: string[], now: Date): SearchHit {
  const freshness = computeFreshness({ lastVerifiedAt: row.last_verified_at, reviewIntervalDays: row.review_interval_days, now });
  return {
    id: row.id,
    kind: row.kind,
    title: row.content.title,
    shortAnswer: row.content.shortAnswer,
    snippet: highlightSnippet(row.content.shortAnswer || row.content.title, stems),
    departmentId: row.department_id,
    departmentName: row.department_name,
    bscResolution: row.content.bscResolution,
    externalRef: row.external_ref,
    freshness: freshness.state,
    status: 'draft',
  };
}
