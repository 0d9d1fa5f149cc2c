import type { FlagReason } from '@bsc/domain';
import type { EntityManager } from 'typeorm';
import type { NotificationKind } from '@bsc/domain';
import type { PendingNotification } from './notification.types';

/** Who asks and for which time window. */
export interface EventWindow {
  userId: string;
  departmentIds: string[];
  since: Date;
  until: Date;
}

interface EventRow {
  source_id: string;
  at: Date;
  settled: boolean;
  article_id: string;
  department_id: string;
  article_title: string | null;
  actor_name: string | null;
  text: string | null;
  flag_reason: FlagReason | null;
  fixed_in_version: number | null;
}

const ARTICLE_JOINS = `
  LEFT JOIN article_versions v ON v.article_id = a.id AND v.number = a.published_version
  LEFT JOIN article_drafts dr ON dr.article_id = a.id`;
const TITLE = `coalesce(dr.content->>'title', v.content->>'title', '') AS article_title`;
const LIMIT = 200;

/** Flags agents raised on articles of the user's departments; settled once resolved. */
export function flagsCreated(m: EntityManager, w: EventWindow): Promise<PendingNotification[]> {
  return read(
    m,
    'flag_created',
    `
    SELECT f.id AS source_id, f.created_at AS at, f.status = 'resolved' AS settled, a.id AS article_id, a.department_id, ${TITLE},
           u.display_name AS actor_name, nullif(f.comment, '') AS text, f.reason AS flag_reason, NULL::int AS fixed_in_version
      FROM flags f JOIN articles a ON a.id = f.article_id LEFT JOIN users u ON u.id = f.created_by ${ARTICLE_JOINS}
     WHERE a.department_id = ANY($1::uuid[]) AND f.created_by <> $2 AND f.created_at BETWEEN $3 AND $4
     ORDER BY f.created_at DESC LIMIT ${LIMIT}`,
    [w.departmentIds, w.userId, w.since, w.until],
  );
}

/** Outcomes of the flags the user raised. */
export function flagsResolved(m: EntityManager, w: EventWindow): Promise<PendingNotification[]> {
  return read(
    m,
    'flag_resolved',
    `
    SELECT f.id AS source_id, f.resolved_at AS at, false AS settled, a.id AS article_id, a.department_id, ${TITLE},
           u.display_name AS actor_name, f.resolution_note AS text, f.reason AS flag_reason, f.fixed_in_version
      FROM flags f JOIN articles a ON a.id = f.article_id LEFT JOIN users u ON u.id = f.resolved_by ${ARTICLE_JOINS}
     WHERE f.created_by = $1 AND f.status = 'resolved' AND f.resolved_by <> $1 AND f.resolved_at BETWEEN $2 AND $3
     ORDER BY f.resolved_at DESC LIMIT ${LIMIT}`,
    [w.userId, w.since, w.until],
  );
}

/** Submissions for review in the user's departments; settled by a later approval, rejection or resubmission. */
export function reviewRequests(m: EntityManager, w: EventWindow): Promise<PendingNotification[]> {
  return read(
    m,
    'review_requested',
    `
    SELECT e.id::text AS source_id, e.at, ${laterEvent(`'article.approved', 'article.rejected', 'article.submitted'`)} AS settled,
           a.id AS article_id, a.department_id, ${TITLE}, u.display_name AS actor_name, nullif(e.details->>'changeNote', '') AS text,
           NULL AS flag_reason, NULL::int AS fixed_in_version
      FROM audit_events e JOIN articles a ON a.id::text = e.subject_id LEFT JOIN users u ON u.id = e.actor_id ${ARTICLE_JOINS}
     WHERE e.action = 'article.submitted' AND e.subject_type = 'article' AND a.department_id = ANY($1::uuid[])
       AND e.actor_id IS DISTINCT FROM $2 AND e.at BETWEEN $3 AND $4
     ORDER BY e.at DESC LIMIT ${LIMIT}`,
    [w.departmentIds, w.userId, w.since, w.until],
  );
}

/**
 * Rejections of drafts the user worked on in the rejected review round: they created,
 * opened, saved, restored or submitted it after the article's previous approval.
 * Settled once the draft is submitted again.
 */
export function rejections(m: EntityManager, w: EventWindow): Promise<PendingNotification[]> {
  return read(
    m,
    'rejected',
    `
    SELECT e.id::text AS source_id, e.at, ${laterEvent(`'article.submitted'`)} AS settled,
           a.id AS article_id, a.department_id, ${TITLE}, u.display_name AS actor_name, e.details->>'comment' AS text,
           NULL AS flag_reason, NULL::int AS fixed_in_version
      FROM audit_events e JOIN articles a ON a.id::text = e.subject_id LEFT JOIN users u ON u.id = e.actor_id ${ARTICLE_JOINS}
     WHERE e.action = 'article.rejected' AND e.subject_type = 'article' AND e.actor_id IS DISTINCT FROM $1
       AND e.at BETWEEN $2 AND $3
       AND EXISTS (SELECT 1 FROM audit_events w
                    WHERE w.subject_type = 'article' AND w.subject_id = e.subject_id AND w.actor_id = $1 AND w.id < e.id
                      AND w.action IN ('article.created', 'article.draft_opened', 'article.draft_saved', 'article.restored', 'article.submitted')
                      AND w.id > coalesce((SELECT max(p.id) FROM audit_events p
                                            WHERE p.subject_type = 'article' AND p.subject_id = e.subject_id
                                              AND p.action = 'article.approved' AND p.id < e.id), 0))
     ORDER BY e.at DESC LIMIT ${LIMIT}`,
    [w.userId, w.since, w.until],
  );
}

/** SQL: whether one of the actions happened on the same article after event `e`. */
function laterEvent(actions: string): string {
  return `EXISTS (SELECT 1 FROM audit_events l WHERE l.subject_type = 'article' AND l.subject_id = e.subject_id AND l.id > e.id AND l.action IN (${actions}))`;
}

async function read(m: EntityManager, kind: NotificationKind, sql: string, params: unknown[]): Promise<PendingNotification[]> {
  const rows = (await m.query(sql, params)) as EventRow[];
  return rows.map((r) => ({
    id: `${kind}.${r.source_id}`,
    kind,
    at: r.at,
    settled: r.settled,
    articleId: r.article_id,
    articleTitle: r.article_title ?? '',
    departmentId: r.department_id,
    actorName: r.actor_name,
    text: r.text,
    flagReason: r.flag_reason,
    fixedInVersion: r.fixed_in_version,
    freshness: null,
    dueAt: null,
  }));
}
