import {
  ARTICLE_KINDS,
  DRAFT_STATES,
  contentProblems,
  articleStatus,
  parseStoredContent,
  computeFreshness,
  type ArticleSummary,
  type DraftState,
  type DraftView,
} from '@bsc/domain';
import type { EntityManager } from 'typeorm';
import { oneOf, oneOfOrNull, orNull, queryRows, type RowOf } from '../database/typed-rows';

/** One row of the article read model: identity, draft head and published head. */
const ARTICLE_ROW = {
  id: 'text',
  kind: oneOf(ARTICLE_KINDS),
  department_id: 'text',
  department_name: 'text',
  department_interval: 'int',
  external_ref: 'text?',
  published_version: 'int?',
  published_at: 'timestamptz?',
  archived: 'bool',
  valid_until: 'timestamptz?',
  review_interval_days: 'int?',
  last_verified_at: 'timestamptz',
  source_updated_at: 'timestamptz?',
  source_unverified: 'bool',
  updated_at: 'timestamptz',
  published_title: 'text?',
  open_flags: 'int',
  draft_state: oneOfOrNull(DRAFT_STATES),
  draft_revision: 'int?',
  draft_content: orNull(parseStoredContent),
  draft_base_version: 'int?',
  draft_author_ids: 'text[]?',
  draft_updated_at: 'timestamptz?',
  draft_updated_by: 'text?',
  draft_change_note: 'text?',
  draft_publish_at: 'timestamptz?',
  draft_rejection_comment: 'text?',
  draft_last_rejection_comment: 'text?',
  draft_last_rejected_at: 'timestamptz?',
  draft_has_rejected_content: 'bool?',
  draft_valid_until: 'timestamptz?',
} as const;
export type ArticleRow = RowOf<typeof ARTICLE_ROW>;

const SELECT_ARTICLES = `
  SELECT a.id, a.kind, a.department_id, d.name AS department_name, d.review_interval_days AS department_interval,
         a.external_ref, a.published_version, a.published_at, a.archived, a.valid_until, a.review_interval_days,
         a.last_verified_at, a.source_updated_at, a.source_unverified, greatest(a.updated_at, dr.updated_at) AS updated_at,
         v.content->>'title' AS published_title,
         (SELECT count(*)::int FROM flags f WHERE f.article_id = a.id AND f.status = 'open') AS open_flags,
         dr.state AS draft_state, dr.revision AS draft_revision, dr.content AS draft_content,
         dr.base_version AS draft_base_version, dr.author_ids AS draft_author_ids, dr.updated_at AS draft_updated_at,
         dr.updated_by AS draft_updated_by, dr.change_note AS draft_change_note, dr.publish_at AS draft_publish_at,
         dr.rejection_comment AS draft_rejection_comment, dr.valid_until AS draft_valid_until,
         dr.last_rejection_comment AS draft_last_rejection_comment, dr.last_rejected_at AS draft_last_rejected_at,
         dr.rejected_content IS NOT NULL AS draft_has_rejected_content
    FROM articles a
    JOIN departments d ON d.id = a.department_id
    LEFT JOIN article_drafts dr ON dr.article_id = a.id
    LEFT JOIN article_versions v ON v.article_id = a.id AND v.number = a.published_version`;

/** Filters of the author list. */
export interface ArticleListFilter {
  departmentIds: string[] | null;
  ids?: string[];
  draftStates?: DraftState[];
  q?: string;
}

/** Reads article rows; `departmentIds: null` means all departments (admins). */
export async function readArticleRows(manager: EntityManager, filter: ArticleListFilter): Promise<ArticleRow[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.departmentIds) {
    params.push(filter.departmentIds);
    where.push(`a.department_id = ANY($${params.length}::uuid[])`);
  }
  if (filter.ids) {
    params.push(filter.ids);
    where.push(`a.id = ANY($${params.length}::uuid[])`);
  }
  if (filter.draftStates) {
    params.push(filter.draftStates);
    where.push(`dr.state = ANY($${params.length}::text[])`);
  }
  if (filter.q) {
    params.push(`%${filter.q.replace(/[%_\\]/g, '')}%`);
    where.push(`(dr.content->>'title' ILIKE $${params.length} OR v.content->>'title' ILIKE $${params.length})`);
  }
  const sql = `${SELECT_ARTICLES} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY updated_at DESC LIMIT 2000`;
  return queryRows(manager, ARTICLE_ROW, sql, params);
}

/** Effective review interval: the article's own or its department's default. */
export function reviewInterval(row: ArticleRow): number {
  return row.review_interval_days ?? row.department_interval;
}

/** Maps a row to the list item authors see. */
export function toSummary(row: ArticleRow, now: Date): ArticleSummary {
  const freshness = row.published_version
    ? computeFreshness({ lastVerifiedAt: row.last_verified_at, reviewIntervalDays: reviewInterval(row), now })
    : null;
  const status = articleStatus({
    archived: row.archived,
    publishedVersion: row.published_version,
    draft: row.draft_state ? { state: row.draft_state } : null,
  });
  return {
    id: row.id,
    kind: row.kind,
    departmentId: row.department_id,
    departmentName: row.department_name,
    title: row.draft_content?.title ?? row.published_title ?? '',
    status,
    publishedVersion: row.published_version,
    hasDraft: row.draft_state !== null,
    draftState: row.draft_state,
    externalRef: row.external_ref,
    validUntil: row.valid_until?.toISOString() ?? null,
    freshness: freshness?.state ?? null,
    nextReviewAt: freshness?.nextReviewAt.toISOString() ?? null,
    openFlags: row.open_flags,
    updatedAt: row.updated_at.toISOString(),
  };
}

/** Maps the draft columns of a row to the draft view. */
export function toDraftView(row: ArticleRow): DraftView | null {
  if (!row.draft_state || !row.draft_content) return null;
  return {
    articleId: row.id,
    revision: row.draft_revision ?? 1,
    state: row.draft_state,
    content: row.draft_content,
    baseVersion: row.draft_base_version,
    authorIds: row.draft_author_ids ?? [],
    updatedAt: (row.draft_updated_at ?? row.updated_at).toISOString(),
    updatedBy: row.draft_updated_by ?? '',
    changeNote: row.draft_change_note,
    publishAt: row.draft_publish_at?.toISOString() ?? null,
    rejectionComment: row.draft_rejection_comment,
    problems: contentProblems(row.draft_content),
    lastRejection: row.draft_last_rejection_comment
      ? {
          comment: row.draft_last_rejection_comment,
          rejectedAt: row.draft_last_rejected_at?.toISOString() ?? null,
          hasContent: row.draft_has_rejected_content === true,
        }
      : null,
  };
}
