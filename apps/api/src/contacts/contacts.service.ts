import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { assertContactTarget, contactDepartment, DomainError, type Clock, type ContactView, type RecordContactRequest } from '@bsc/domain';
import { DataSource } from 'typeorm';
import { queryOne, type Queryable } from '../database/typed-rows';
import { CLOCK } from '../freshness/clock.provider';
import { insertContactWithRollups } from './contact-rollup';
import type { Actor } from '../common/auth/actor';
import { ContactEvents } from './contact-events';

/** What the recording checks before it writes (checkTargets). */
const RECORDING_FACTS_ROW = {
  article_departments: 'text[]',
  missing_article: 'text?',
  department_found: 'bool',
  authority_found: 'bool',
} as const;

/**
 * Records how a contact ended, and keeps the daily rollups in step in the same statement.
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
    const articles = await checkTargets(this.dataSource, articleIds, request.departmentId ?? null, request.authorityId ?? null);
    const departmentId = contactDepartment(articles[0]?.departmentId ?? null, request.departmentId ?? null);
    const row = await insertContactWithRollups(this.dataSource, {
      recordedAt: this.clock.now(),
      outcome: request.outcome,
      channel: request.channel,
      articles,
      departmentId,
      forwardedToDepartmentId: request.departmentId ?? null,
      authorityId: request.authorityId ?? null,
    });
    const contact: ContactView = {
      id: row.id,
      recordedAt: row.recorded_at.toISOString(),
      outcome: row.outcome,
      channel: row.channel,
      articleIds,
      departmentId: row.forwarded_to_department_id,
      authorityId: row.authority_id,
    };
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

/**
 * The opened articles with their departments (in the order the agent opened them) after checking
 * that every article, the department and the active authority exist: one query, not one per
 * target. Read before the insert, not locked, as in a READ COMMITTED transaction: an authority
 * deactivated in between still gets this contact, a deleted one fails its foreign key.
 */
async function checkTargets(
  db: Queryable,
  articleIds: string[],
  departmentId: string | null,
  authorityId: string | null,
): Promise<{ articleId: string; departmentId: string }[]> {
  const facts = await queryOne(
    db,
    RECORDING_FACTS_ROW,
    `SELECT array(SELECT a.department_id::text FROM unnest($1::uuid[]) WITH ORDINALITY AS r(id, n) JOIN articles a ON a.id = r.id ORDER BY r.n)
              AS article_departments,
            (SELECT r.id::text FROM unnest($1::uuid[]) WITH ORDINALITY AS r(id, n)
              WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = r.id) ORDER BY r.n LIMIT 1) AS missing_article,
            ($2::uuid IS NULL OR EXISTS (SELECT 1 FROM departments WHERE id = $2)) AS department_found,
            ($3::uuid IS NULL OR EXISTS (SELECT 1 FROM authorities WHERE id = $3 AND active)) AS authority_found`,
    [articleIds, departmentId, authorityId],
  );
  if (facts.missing_article !== null) throw new DomainError('ARTICLE_NOT_FOUND', undefined, { articleId: facts.missing_article });
  if (!facts.department_found) throw new DomainError('DEPARTMENT_NOT_FOUND');
  if (!facts.authority_found) throw new DomainError('AUTHORITY_NOT_FOUND');
  return articleIds.map((articleId, i) => ({ articleId, departmentId: facts.article_departments[i] }));
}
