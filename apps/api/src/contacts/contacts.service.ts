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
import { CLOCK } from '../freshness/clock.provider';
import { addToRollups } from './contact-rollup';
import type { Actor } from '../common/auth/actor';
import { ContactEvents } from './contact-events';
import { dateField, intField, mapRows, oneOfField, optionalTextField, textField, type ReportRow } from './report-rows';

interface ArticleDepartment {
  articleId: string;
  departmentId: string;
}

function toArticleDepartment(row: ReportRow): ArticleDepartment {
  return { articleId: textField(row, 'id'), departmentId: textField(row, 'department_id') };
}

function toContactView(row: ReportRow): ContactView {
  return {
    id: textField(row, 'id'),
    recordedAt: dateField(row, 'recorded_at').toISOString(),
    outcome: oneOfField(row, 'outcome', CONTACT_OUTCOMES),
    channel: oneOfField(row, 'channel', CONTACT_CHANNELS),
    articleIds: [],
    departmentId: optionalTextField(row, 'forwarded_to_department_id'),
    authorityId: optionalTextField(row, 'authority_id'),
  };
}

function toCount(row: ReportRow): number {
  return intField(row, 'n');
}

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
      const [row] = mapRows(
        await m.query(
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
        ),
        (r) => ({ view: toContactView(r), day: textField(r, 'day') }),
      );
      await addToRollups(m, { day: row.day, departmentId, channel: request.channel, outcome: request.outcome, articles });
      return { ...row.view, articleIds };
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
  const found = mapRows(
    await m.query(`SELECT id, department_id FROM articles WHERE id = ANY($1::uuid[])`, [articleIds]),
    toArticleDepartment,
  );
  const byId = new Map(found.map((a) => [a.articleId, a]));
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
  const [n] = mapRows(await m.query(`SELECT count(*)::int AS n FROM ${table} WHERE id = $1 ${condition}`, [id]), toCount);
  if (n === 0) throw new DomainError(code);
}
