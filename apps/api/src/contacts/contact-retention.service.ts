import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { addDays, officeDate, type AuditEventOf, type Clock } from '@bsc/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { jsonLogger } from '../common/http/json-logger';
import { purgeInBatches } from '../common/jobs/batched-purge';
import { PeriodicJob } from '../common/jobs/periodic-job';
import { AppConfig } from '../config/app-config';
import { CLOCK } from '../freshness/clock.provider';

const PURGE_EVERY_MS = 6 * 60 * 60 * 1000;

/** What one purge deleted. */
export interface ContactPurge {
  contacts: number;
  rollupRows: number;
}

/** The contact tables a purge deletes from: the subjects of its audit entries. */
type PurgedTable = AuditEventOf<'contacts.purged'>['subjectType'];

/**
 * Deletes single contacts after CONTACT_RETENTION_DAYS and rollup rows after
 * CONTACT_ROLLUP_RETENTION_DAYS (data minimisation: the dashboard needs only the rollups, and
 * only for so long). Runs at start-up and every six hours; each purge that deletes anything is
 * audited as a system action.
 */
@Injectable()
export class ContactRetentionService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly job = new PeriodicJob('contact retention', PURGE_EVERY_MS, () => this.purgeLogged());

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  onApplicationBootstrap(): void {
    this.job.start({ runNow: true });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.job.stop();
  }

  /** Deletes what is past its retention (days counted in the office's calendar), in audited batches (purgeInBatches). */
  async purge(): Promise<ContactPurge> {
    const today = officeDate(this.clock.now());
    const cutoffs = {
      contacts: addDays(today, -this.config.CONTACT_RETENTION_DAYS),
      rollups: addDays(today, -this.config.CONTACT_ROLLUP_RETENTION_DAYS),
    };
    const total: ContactPurge = { contacts: 0, rollupRows: 0 };
    const tables: [PurgedTable, keyof ContactPurge, string][] = [
      ['contacts', 'contacts', cutoffs.contacts],
      ['contact_daily_counts', 'rollupRows', cutoffs.rollups],
      ['contact_article_daily_counts', 'rollupRows', cutoffs.rollups],
    ];
    for (const [table, counter, cutoff] of tables) {
      total[counter] += await purgeInBatches(this.dataSource, table, cutoff, (m, deleted) => this.auditBatch(m, table, deleted, cutoff));
    }
    return total;
  }

  private async auditBatch(m: EntityManager, table: PurgedTable, deleted: number, before: string): Promise<void> {
    await this.audit.append(m, null, {
      action: 'contacts.purged',
      subjectType: table,
      subjectId: null,
      details: {
        deleted,
        before,
        retentionDays: table === 'contacts' ? this.config.CONTACT_RETENTION_DAYS : this.config.CONTACT_ROLLUP_RETENTION_DAYS,
      },
    });
  }

  private async purgeLogged(): Promise<void> {
    const purged = await this.purge();
    if (purged.contacts + purged.rollupRows > 0) jsonLogger.info('expired contacts deleted', { ...purged });
  }
}
