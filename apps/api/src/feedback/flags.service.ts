import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DomainError, FLAG_REASONS, flagCommentMissing, hasPermission, type FlagView } from '@bsc/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { actsForDepartment, type Actor } from '../common/auth/actor';
import { oneOf, queryOne, queryRows, type RowOf } from '../database/typed-rows';
import type { CreateFlagDto, ListFlagsQueryDto, ResolveFlagDto } from './dto/flag.dto';

const FLAG_STATUSES = ['open', 'resolved'] as const satisfies readonly FlagView['status'][];

const FLAG_ROW = {
  id: 'text',
  article_id: 'text',
  article_title: 'text?',
  department_id: 'text',
  version: 'int?',
  reason: oneOf(FLAG_REASONS),
  comment: 'text',
  created_by: 'text',
  created_at: 'timestamptz',
  status: oneOf(FLAG_STATUSES),
  resolution_note: 'text?',
  resolved_by: 'text?',
  resolved_at: 'timestamptz?',
  fixed_in_version: 'int?',
} as const;

type FlagRow = RowOf<typeof FLAG_ROW>;

const SELECT_FLAGS = `
  SELECT f.*, a.department_id, coalesce(v.content->>'title', dr.content->>'title') AS article_title
    FROM flags f JOIN articles a ON a.id = f.article_id
    LEFT JOIN article_versions v ON v.article_id = a.id AND v.number = a.published_version
    LEFT JOIN article_drafts dr ON dr.article_id = a.id`;

/** Agents flag answers; the owning department works through its queue and resolves them. */
@Injectable()
export class FlagsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /**
   * Raises a flag, or updates the agent's open flag on the same article: one concern of one agent
   * is one entry in the department's queue (partial unique index `flags_one_open_per_agent_idx`).
   */
  async create(actor: Actor, articleId: string, dto: CreateFlagDto): Promise<FlagView> {
    const comment = dto.comment.trim();
    if (flagCommentMissing(dto.reason, comment)) throw new DomainError('FLAG_COMMENT_REQUIRED', undefined, { field: 'comment' });
    const id = await this.dataSource.transaction(async (m) => {
      // Only what agents can see can be flagged: published, not archived, not expired.
      const [article] = await queryRows(
        m,
        { published_version: 'int' },
        `SELECT published_version FROM articles
          WHERE id = $1 AND published_version IS NOT NULL AND NOT archived AND (valid_until IS NULL OR valid_until > now())`,
        [articleId],
      );
      if (!article) throw new DomainError('ARTICLE_NOT_FOUND');
      // xmax = 0 only for a freshly inserted row: tells a new flag from an updated one.
      const row = await queryOne(
        m,
        { id: 'text', inserted: 'bool' },
        `INSERT INTO flags (article_id, version, reason, comment, created_by) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (article_id, created_by) WHERE status = 'open'
         DO UPDATE SET version = EXCLUDED.version, reason = EXCLUDED.reason, comment = EXCLUDED.comment
         RETURNING id, xmax = 0 AS inserted`,
        [articleId, article.published_version, dto.reason, comment, actor.id],
      );
      await this.audit.append(m, actor, {
        action: row.inserted ? 'flag.created' : 'flag.updated',
        subjectType: 'article',
        subjectId: articleId,
        details: { flagId: row.id, reason: dto.reason },
      });
      return row.id;
    });
    return this.get(id);
  }

  /** `mine`: flags the actor raised; otherwise the queue of the actor's departments (admins: all); optionally of one article. */
  async list(actor: Actor, query: ListFlagsQueryDto): Promise<FlagView[]> {
    const params: unknown[] = [];
    const where: string[] = [];
    if (query.mine || !hasPermission(actor.roles, 'feedback:resolve')) {
      params.push(actor.id);
      where.push(`f.created_by = $${params.length}`);
    } else if (!actor.roles.includes('admin')) {
      params.push(actor.departmentIds);
      where.push(`a.department_id = ANY($${params.length}::uuid[])`);
    }
    if (query.articleId) {
      params.push(query.articleId);
      where.push(`f.article_id = $${params.length}`);
    }
    if (query.status) {
      params.push(query.status);
      where.push(`f.status = $${params.length}`);
    }
    const rows = await queryRows(
      this.dataSource,
      FLAG_ROW,
      `${SELECT_FLAGS} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY f.created_at DESC LIMIT 500`,
      params,
    );
    return rows.map(toView);
  }

  async resolve(actor: Actor, id: string, dto: ResolveFlagDto): Promise<FlagView> {
    if (dto.note.trim() === '') throw new DomainError('RESOLUTION_NOTE_REQUIRED');
    await this.dataSource.transaction(async (m) => {
      const [flag] = await queryRows(m, FLAG_ROW, `${SELECT_FLAGS} WHERE f.id = $1 FOR UPDATE OF f`, [id]);
      if (!flag) throw new DomainError('FLAG_NOT_FOUND');
      if (!actsForDepartment(actor, flag.department_id)) throw new DomainError('DEPARTMENT_FORBIDDEN');
      if (flag.status === 'resolved') throw new DomainError('FLAG_ALREADY_RESOLVED');
      if (dto.fixedInVersion !== undefined) await assertVersionExists(m, flag.article_id, dto.fixedInVersion);
      await m.query(
        `UPDATE flags SET status = 'resolved', resolution_note = $2, resolved_by = $3, resolved_at = now(), fixed_in_version = $4 WHERE id = $1`,
        [id, dto.note.trim(), actor.id, dto.fixedInVersion ?? null],
      );
      await this.audit.append(m, actor, {
        action: 'flag.resolved',
        subjectType: 'article',
        subjectId: flag.article_id,
        details: { flagId: id, fixedInVersion: dto.fixedInVersion ?? null },
      });
    });
    return this.get(id);
  }

  private async get(id: string): Promise<FlagView> {
    const [row] = await queryRows(this.dataSource, FLAG_ROW, `${SELECT_FLAGS} WHERE f.id = $1`, [id]);
    if (!row) throw new DomainError('FLAG_NOT_FOUND');
    return toView(row);
  }
}

/** A resolution may only name a version the article really has. */
async function assertVersionExists(m: EntityManager, articleId: string, version: number): Promise<void> {
  const rows = await queryRows(m, {}, `SELECT 1 FROM article_versions WHERE article_id = $1 AND number = $2`, [articleId, version]);
  if (rows.length === 0) throw new DomainError('VERSION_NOT_FOUND');
}

function toView(row: FlagRow): FlagView {
  return {
    id: row.id,
    articleId: row.article_id,
    articleTitle: row.article_title ?? '',
    departmentId: row.department_id,
    version: row.version,
    reason: row.reason,
    comment: row.comment,
    createdBy: row.created_by,
    createdAt: row.created_at.toISOString(),
    status: row.status,
    resolutionNote: row.resolution_note,
    resolvedBy: row.resolved_by,
    resolvedAt: row.resolved_at?.toISOString() ?? null,
    fixedInVersion: row.fixed_in_version,
  };
}
