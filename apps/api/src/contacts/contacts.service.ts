import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { assertContactTarget, DomainError, type Clock, type ContactView, type RecordContactRequest } from '@bsc/domain';
import { DataSource } from 'typeorm';
import { CLOCK } from '../freshness/clock.provider';
import { recordContactWithRollups } from './contact-rollup';
import type { Actor } from '../common/auth/actor';
import { ContactEvents } from './contact-events';

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
    const row = await recordContactWithRollups(this.dataSource, {
      recordedAt: this.clock.now(),
      outcome: request.outcome,
      channel: request.channel,
      articleIds,
      forwardedToDepartmentId: request.departmentId ?? null,
      authorityId: request.authorityId ?? null,
    });
    const contact: ContactView = {
      id: row.id,
      recordedAt: row.recordedAt.toISOString(),
      outcome: row.outcome,
      channel: row.channel,
      articleIds,
      departmentId: row.forwardedToDepartmentId,
      authorityId: row.authorityId,
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
