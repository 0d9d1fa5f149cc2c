import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { contactRange, contactScope, type Clock, type ContactSummary } from '@bsc/domain';
import { DataSource } from 'typeorm';
import type { Actor } from '../common/auth/actor';
import { CLOCK } from '../freshness/clock.provider';
import { contactSummaryToCsv } from './contact-summary-csv';
import { buildContactSummary } from './contact-summary';
import { articleCounts, departmentCounts, sliceCounts, weekCounts } from './contact-summary-queries';

/** Filters of the dashboard. */
export interface ContactSummaryQuery {
  from?: string;
  to?: string;
  departmentId?: string;
}

/** The "Erstkontakt" dashboard, read from the daily rollups within the reader's department scope. */
@Injectable()
export class ContactSummaryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async summary(actor: Actor, query: ContactSummaryQuery): Promise<ContactSummary> {
    const scope = contactScope(actor, query.departmentId);
    const { from, to } = contactRange(this.clock.now(), query.from, query.to);
    const filter = { from, to, scope };
    const [slices, weeks, departments, articles] = await Promise.all([
      sliceCounts(this.dataSource, filter),
      weekCounts(this.dataSource, filter),
      departmentCounts(this.dataSource, filter),
      articleCounts(this.dataSource, filter),
    ]);
    return buildContactSummary({ from, to, departmentId: query.departmentId ?? null, slices, weeks, departments, articles });
  }

  async summaryCsv(actor: Actor, query: ContactSummaryQuery): Promise<string> {
    return contactSummaryToCsv(await this.summary(actor, query));
  }
}
