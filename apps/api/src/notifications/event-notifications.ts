import { auditAction, auditDetail, FLAG_REASONS, type AuditAction, type NotificationKind } from '@bsc/domain';
import type { EntityManager } from 'typeorm';
import { oneOfOrNull, queryRows } from '../database/typed-rows';
import type { PendingNotification } from './notification.types';

/** Who asks and for which time window. */
export interface EventWindow {
  userId: string;
  departmentIds: string[];
  since: Date;
  until: Date;
}

/** The one row shape of every event query below. */
const EVENT_ROW = {
  source_id: 'text',
  at: 'timestamptz',
  settled: 'bool',
  article_id: 'text',
  department_id: 'text',
  article_title: 'text?',
  actor_name: 'text?',
  text: 'text?',
  flag_reason: oneOfOrNull(FLAG_REASONS),
  fixed_in_version: 'int?',
} as const;

// Audit actions and detail fields the queries read, checked against AuditEvent at compile time.
const SUBMITTED = auditAction('article.submitted');
const APPROVED = auditAction('article.approved');
const REJECTED = auditAction('article.rejected');
const CHANGE_NOTE = auditDetail('article.submitted', 'changeNote');
const REJECTION_COMMENT = auditDetail('article.rejected', 'comment');
/** Steps by which someone works on a draft in a review round. */
const DRAFT_WORK: AuditAction[] = ['article.created', 'article.draft_opened', 'article.draft_saved', 'article.restored', SUBMITTED];

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
    SELECT e.id::text AS source_id, e.at, ${laterEvent([APPROVED, REJECTED, SUBMITTED])} AS settled,
           a.id AS article_id, a.department_id, ${TITLE}, u.display_name AS actor_name, nullif(e.details->>${sql(CHANGE_NOTE)}, '') AS text,
           NULL AS flag_reason, NULL::int AS fixed_in_version
      FROM audit_events e JOIN articles a ON a.id::text = e.subject_id LEFT JOIN users u ON u.id = e.actor_id ${ARTICLE_JOINS}
     WHERE e.action = ${sql(SUBMITTED)} AND e.subject_type = 'article' AND a.department_id = ANY($1::uuid[])
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
    SELECT e.id::text AS source_id, e.at, ${laterEvent([SUBMITTED])} AS settled,
           a.id AS article_id, a.department_id, ${TITLE}, u.display_name AS actor_name, e.details->>${sql(REJECTION_COMMENT)} AS text,
           NULL AS flag_reason, NULL::int AS fixed_in_version
      FROM audit_events e JOIN articles a ON a.id::text = e.subject_id LEFT JOIN users u ON u.id = e.actor_id ${ARTICLE_JOINS}
     WHERE e.action = ${sql(REJECTED)} AND e.subject_type = 'article' AND e.actor_id IS DISTINCT FROM $1
       AND e.at BETWEEN $2 AND $3
       AND EXISTS (SELECT 1 FROM audit_events w
                    WHERE w.subject_type = 'article' AND w.subject_id = e.subject_id AND w.actor_id = $1 AND w.id < e.id
                      AND w.action IN (${DRAFT_WORK.map(sql).join(', ')})
                      AND w.id > coalesce((SELECT max(p.id) FROM audit_events p
                                            WHERE p.subject_type = 'article' AND p.subject_id = e.subject_id
                                              AND p.action = ${sql(APPROVED)} AND p.id < e.id), 0))
     ORDER BY e.at DESC LIMIT ${LIMIT}`,
    [w.userId, w.since, w.until],
  );
}

/** SQL: whether one of the actions happened on the same article after event `e`. */
function laterEvent(actions: AuditAction[]): string {
  return `EXISTS (SELECT 1 FROM audit_events l WHERE l.subject_type = 'article' AND l.subject_id = e.subject_id AND l.id > e.id AND l.action IN (${actions.map(sql).join(', ')}))`;
}

/** A name from the AuditEvent union as an SQL literal; the names are ours and never contain quotes. */
function sql(name: string): string {
  if (!/^[a-z_.]+$/i.test(name)) throw new Error(`not an audit name: ${name}`);
  return `'${name}'`;
}

async function read(m: EntityManager, kind: NotificationKind, query: string, params: unknown[]): Promise<PendingNotification[]> {
  const rows = await queryRows(m, EVENT_ROW, query, params);
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
