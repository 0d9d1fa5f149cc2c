import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuditEvent, AuditEventView, AuditVerifyResult } from '@bsc/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../common/auth/actor';
import { queryRows, type RowOf } from '../database/typed-rows';
import { auditHash, GENESIS_HASH } from './audit-hash';

/** Filters of the audit log. */
export interface AuditQuery {
  actor?: string;
  subject?: string;
  action?: string;
  /** Part of the current title of the article the entry is about. */
  title?: string;
  from?: Date;
  to?: Date;
  limit?: number;
}

/** The columns of audit_events, as the list and the chain check read them. */
const AUDIT_ROW = {
  id: 'text',
  at: 'timestamptz',
  actor_id: 'text?',
  actor_login: 'text?',
  action: 'text',
  subject_type: 'text',
  subject_id: 'text?',
  details: parseDetails,
  prev_hash: 'text',
  hash: 'text',
} as const;
type AuditRow = RowOf<typeof AUDIT_ROW>;

// A listed row also carries the current title of an article subject (draft first, else published).
const LISTED_ROW = { ...AUDIT_ROW, subject_title: 'text?' } as const;
const LISTED_EVENTS = `
  SELECT e.*, (SELECT coalesce(dr.content->>'title', v.content->>'title')
                 FROM articles a
                 LEFT JOIN article_drafts dr ON dr.article_id = a.id
                 LEFT JOIN article_versions v ON v.article_id = a.id AND v.number = a.published_version
                WHERE e.subject_type = 'article' AND a.id::text = e.subject_id) AS subject_title
    FROM audit_events e`;

/** Appends to the hash-chained audit log inside the caller's transaction. */
@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async append(manager: EntityManager, actor: Actor | null, entry: AuditEvent): Promise<void> {
    // Serialises appends so that every row chains to exactly one predecessor.
    await manager.query(`SELECT pg_advisory_xact_lock(7346001)`);
    const [last] = await queryRows(manager, { hash: 'text' }, `SELECT hash FROM audit_events ORDER BY id DESC LIMIT 1`);
    const prevHash = last?.hash ?? GENESIS_HASH;
    const at = new Date().toISOString();
    const row = {
      at,
      actorId: actor?.id ?? null,
      actorLogin: actor?.login ?? null,
      action: entry.action,
      subjectType: entry.subjectType,
      subjectId: entry.subjectId,
      details: entry.details ?? {},
    };
    await manager.query(
      `INSERT INTO audit_events (at, actor_id, actor_login, action, subject_type, subject_id, details, prev_hash, hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        at,
        row.actorId,
        row.actorLogin,
        row.action,
        row.subjectType,
        row.subjectId,
        JSON.stringify(row.details),
        prevHash,
        auditHash(prevHash, row),
      ],
    );
  }

  async list(query: AuditQuery): Promise<AuditEventView[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replaceAll('?', `$${params.length}`));
    };
    if (query.actor) add('(actor_login = ? OR actor_id::text = ?)', query.actor);
    if (query.subject) add('subject_id = ?', query.subject);
    if (query.action) add('action = ?', query.action);
    // The typed text is matched literally: % and _ are no wildcards for the admin.
    if (query.title) add(`subject_title ILIKE ? ESCAPE '\\'`, `%${query.title.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    if (query.from) add('at >= ?', query.from);
    if (query.to) add('at <= ?', query.to);
    params.push(Math.min(query.limit ?? 200, 1000));
    const sql = `SELECT * FROM (${LISTED_EVENTS}) listed ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT $${params.length}`;
    const rows = await queryRows(this.dataSource, LISTED_ROW, sql, params);
    return rows.map((row) => ({ ...toView(row), subjectTitle: row.subject_title }));
  }

  /** Recomputes the chain from the first row and names the first row whose hash does not match. */
  async verify(): Promise<AuditVerifyResult> {
    let prevHash = GENESIS_HASH;
    let checked = 0;
    let lastId = '0';
    for (;;) {
      const rows = await queryRows(this.dataSource, AUDIT_ROW, `SELECT * FROM audit_events WHERE id > $1 ORDER BY id LIMIT 1000`, [lastId]);
      if (rows.length === 0) return { ok: true, checked, firstBrokenId: null };
      for (const row of rows) {
        // The hash covers the row as the API shows it, minus its id and the hash itself.
        const { id: _id, hash: _hash, ...hashed } = toView(row);
        const expected = auditHash(prevHash, hashed);
        if (row.prev_hash !== prevHash || row.hash !== expected) return { ok: false, checked, firstBrokenId: row.id };
        prevHash = row.hash;
        checked += 1;
        lastId = row.id;
      }
    }
  }
}

function toView(row: AuditRow): AuditEventView {
  return {
    id: row.id,
    at: row.at.toISOString(),
    actorId: row.actor_id,
    actorLogin: row.actor_login,
    action: row.action,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    details: row.details,
    hash: row.hash,
  };
}

// details is a JSON object in every row the API wrote (append() stores {} when there are none).
function parseDetails(value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('column details: expected a JSON object');
  return Object.fromEntries(Object.entries(value));
}
