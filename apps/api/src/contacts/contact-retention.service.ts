import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { addDays, officeDate, type Clock } from '@bsc/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { jsonLogger } from '../common/http/json-logger';
import { PeriodicJob } from '../common/jobs/periodic-job';
import { AppConfig } from '../config/app-config';
import { queryOne } from '../database/typed-rows';
import { CLOCK } from '../freshness/clock.provider';

const PURGE_EVERY_MS = 6 * 60 * 60 * 1000;

/** What one purge deleted. */
export interface ContactPurge {
  contacts: number;
  rollupRows: number;
}

/** Rows one purge statement deletes: each batch stays far below the statement timeout. */
const PURGE_BATCH = 20_000;

type PurgedTable = 'contacts' | 'contact_daily_counts' | 'contact_article_daily_counts';

// `table` is a constant of this file, never user input; ctid lets the rollups (no id column) go in batches too.
async function deleteBatch(m: EntityManager, table: PurgedTable, cutoff: string): Promise<number> {
  const { n } = await queryOne(
    m,
    { n: 'int' },
    `WITH gone AS (DELETE FROM ${table} WHERE ctid = ANY(ARRAY(SELECT ctid FROM ${table} WHERE day < $1 LIMIT ${PURGE_BATCH})) RETURNING 1)
     SELECT count(*)::int AS n FROM gone`,
    [cutoff],
  );
  return n;
}

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

  /**
   * Deletes what is past its retention (days counted in the office's calendar), in batches of
   * PURGE_BATCH rows: each batch is its own transaction with its own audit entry, so a first
   * purge after a long pause never runs into the statement timeout and nothing goes unaudited.
   */
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
      for (;;) {
        const deleted = await this.dataSource.transaction(async (m) => {
          const n = await deleteBatch(m, table, cutoff);
          if (n > 0) await this.auditBatch(m, table, n, cutoff);
          return n;
        });
        total[counter] += deleted;
        if (deleted < PURGE_BATCH) break;
      }
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
