import { ARTICLE_KINDS, BSC_RESOLUTIONS, type ArticleKind, type BscResolution } from '@bsc/domain';
import type { EntityManager } from 'typeorm';
import { dateColumn, numberColumn, oneOfColumn, optionalStringColumn, sqlRows, stringColumn, type SqlRow } from './sql-rows';

/** What a search hit shows of an article (the page only: at most `limit` rows per search). */
export interface PageDocument {
  id: string;
  kind: ArticleKind;
  title: string;
  shortAnswer: string;
  /** Plain text of body, documents, prerequisites, procedure and fees (for the snippet). */
  bodyText: string;
  departmentId: string;
  departmentName: string;
  bscResolution: BscResolution;
  externalRef: string | null;
  lastVerifiedAt: Date;
  reviewIntervalDays: number;
}

/**
 * Reads the published state of the page's articles from PostgreSQL, the source of truth: the
 * rankers return ids and scores only, which keeps their answers small (Meilisearch's JSON of
 * 50 full documents cost more than the search itself).
 */
export async function loadPageDocuments(manager: EntityManager, ids: string[]): Promise<Map<string, PageDocument>> {
  if (ids.length === 0) return new Map();
  const rows = sqlRows(
    await manager.query(
      `SELECT a.id, a.kind, a.external_ref, a.department_id, d.name AS department_name,
              v.content->>'title' AS title, coalesce(v.content->>'shortAnswer', '') AS short_answer,
              a.search_body AS body_text, v.content->>'bscResolution' AS bsc_resolution, a.last_verified_at,
              coalesce(a.review_interval_days, d.review_interval_days) AS review_interval_days
         FROM articles a
         JOIN departments d ON d.id = a.department_id
         JOIN article_versions v ON v.article_id = a.id AND v.number = a.published_version
        WHERE a.id = ANY($1::uuid[])`,
      [ids],
    ),
  );
  return new Map(rows.map((row) => [stringColumn(row, 'id'), toPageDocument(row)]));
}

function toPageDocument(row: SqlRow): PageDocument {
  return {
    id: stringColumn(row, 'id'),
    kind: oneOfColumn(row, 'kind', ARTICLE_KINDS),
    title: stringColumn(row, 'title'),
    shortAnswer: stringColumn(row, 'short_answer'),
    bodyText: stringColumn(row, 'body_text'),
    departmentId: stringColumn(row, 'department_id'),
    departmentName: stringColumn(row, 'department_name'),
    bscResolution: oneOfColumn(row, 'bsc_resolution', BSC_RESOLUTIONS),
    externalRef: optionalStringColumn(row, 'external_ref'),
    lastVerifiedAt: dateColumn(row, 'last_verified_at'),
    reviewIntervalDays: numberColumn(row, 'review_interval_days'),
  };
}
