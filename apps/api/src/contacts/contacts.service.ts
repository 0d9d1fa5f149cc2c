import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  assertContactTarget,
  CONTACT_CHANNELS,
  CONTACT_OUTCOMES,
  contactDepartment,
  DomainError,
  OFFICE_TIME_ZONE,
  type Clock,
  type ContactView,
  type RecordContactRequest,
} from '@bsc/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { oneOf, queryOne, queryRows } from '../database/typed-rows';
import { CLOCK } from '../freshness/clock.provider';
import { addToRollups } from './contact-rollup';
import type { Actor } from '../common/auth/actor';
import { ContactEvents } from './contact-events';

interface ArticleDepartment {
  articleId: string;
  departmentId: string;
}

const RECORDED_CONTACT_ROW = {
  id: 'text',
  recorded_at: 'timestamptz',
  day: 'text',
  outcome: oneOf(CONTACT_OUTCOMES),
  channel: oneOf(CONTACT_CHANNELS),
  forwarded_to_department_id: 'text?',
  authority_id: 'text?',
} as const;

/**
 * Records how a contact ended, and keeps the daily rollups in step in the same transaction.
 * Deliberately not in the audit log: a contact changes nothing agents see, the audit log is
 * never purged (contacts are, after CONTACT_RETENTION_DAYS) and it would tie outcomes to agents.
 */
@Injectable()
export class ContactsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly events: ContactEvents,
  ) {}

  /** Records a contact; `actor` is not stored, it only goes with a settled contact's event to the learning. */
  async record(request: RecordContactRequest, actor: Actor): Promise<ContactView> {
    assertContactTarget(request);
    const articleIds = [...new Set(request.articleIds)];
    const searches = request.searches ?? [];
    if (searches.some((s) => !articleIds.includes(s.articleId))) throw new DomainError('CONTACT_SEARCH_INVALID');
    const recordedAt = this.clock.now();
    const contact = await this.dataSource.transaction(async (m) => {
      const articles = await articleDepartments(m, articleIds);
      if (request.departmentId) await assertExists(m, 'departments', request.departmentId, 'DEPARTMENT_NOT_FOUND');
      if (request.authorityId) await assertExists(m, 'authorities', request.authorityId, 'AUTHORITY_NOT_FOUND');
      const departmentId = contactDepartment(articles[0]?.departmentId ?? null, request.departmentId ?? null);
      const row = await queryOne(
        m,
        RECORDED_CONTACT_ROW,
        `INSERT INTO contacts (recorded_at, day, outcome, channel, article_ids, department_id, forwarded_to_department_id, authority_id)
           VALUES ($1, ($1::timestamptz AT TIME ZONE $8)::date, $2, $3, $4, $5, $6, $7)
           RETURNING id, recorded_at, to_char(day, 'YYYY-MM-DD') AS day, outcome, channel, forwarded_to_department_id, authority_id`,
        [
          recordedAt,
          request.outcome,
          request.channel,
          articleIds,
          departmentId,
          request.departmentId ?? null,
          request.authorityId ?? null,
          OFFICE_TIME_ZONE,
        ],
      );
      await addToRollups(m, { day: row.day, departmentId, channel: request.channel, outcome: request.outcome, articles });
      const view: ContactView = {
        id: row.id,
        recordedAt: row.recorded_at.toISOString(),
        outcome: row.outcome,
        channel: row.channel,
        articleIds,
        departmentId: row.forwarded_to_department_id,
        authorityId: row.authority_id,
      };
      return view;
    });
    if (contact.outcome === 'settled') {
      this.events.publishSettled({
        type: 'contact.settled',
        contactId: contact.id,
        articleIds: contact.articleIds,
        channel: contact.channel,
        at: contact.recordedAt,
        agentId: actor.id,
        searches,
      });
    }
    return contact;
  }
}

/** The articles with their departments, in the order the agent opened them; all must exist. */
async function articleDepartments(m: EntityManager, articleIds: string[]): Promise<ArticleDepartment[]> {
  if (articleIds.length === 0) return [];
  const found = await queryRows(
    m,
    { id: 'text', department_id: 'text' },
    `SELECT id, department_id FROM articles WHERE id = ANY($1::uuid[])`,
    [articleIds],
  );
  const byId = new Map(found.map((a) => [a.id, { articleId: a.id, departmentId: a.department_id }]));
  return articleIds.map((id) => {
    const article = byId.get(id);
    if (!article) throw new DomainError('ARTICLE_NOT_FOUND', undefined, { articleId: id });
    return article;
  });
}

// `table` is a constant of this file, never user input.
async function assertExists(
  m: EntityManager,
  table: 'departments' | 'authorities',
  id: string,
  code: 'DEPARTMENT_NOT_FOUND' | 'AUTHORITY_NOT_FOUND',
): Promise<void> {
  const condition = table === 'authorities' ? 'AND active' : '';
  const { n } = await queryOne(m, { n: 'int' }, `SELECT count(*)::int AS n FROM ${table} WHERE id = $1 ${condition}`, [id]);
  if (n === 0) throw new DomainError(code);
}
