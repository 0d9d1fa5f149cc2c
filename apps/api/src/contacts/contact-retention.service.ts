import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { addDays, officeDate, type Clock } from '@bsc/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { jsonLogger } from '../common/http/json-logger';
import { AppConfig } from '../config/app-config';
import { CLOCK } from '../freshness/clock.provider';
import { intField, mapRows } from './report-rows';

const PURGE_EVERY_MS = 6 * 60 * 60 * 1000;

/** What one purge deleted. */
export interface ContactPurge {
  contacts: number;
  rollupRows: number;
}

async function deleteOlderThan(m: EntityManager, table: string, cutoff: string): Promise<number> {
  const result: unknown = await m.query(
    `WITH gone AS (DELETE FROM ${table} WHERE day < $1 RETURNING 1) SELECT count(*)::int AS n FROM gone`,
    [cutoff],
  );
  return mapRows(result, (row) => intField(row, 'n'))[0] ?? 0;
}

/**
 * Deletes single contacts after CONTACT_RETENTION_DAYS and rollup rows after
 * CONTACT_ROLLUP_RETENTION_DAYS (data minimisation: the dashboard needs only the rollups, and
 * only for so long). Runs at start-up and every six hours; each purge that deletes anything is
 * audited as a system action.
 */
@Injectable()
export class ContactRetentionService implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | undefined;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  onApplicationBootstrap(): void {
    void this.purgeLogged();
    this.timer = setInterval(() => void this.purgeLogged(), PURGE_EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Deletes what is past its retention (days counted in the office's calendar). */
  async purge(): Promise<ContactPurge> {
    const today = officeDate(this.clock.now());
    const contactCutoff = addDays(today, -this.config.CONTACT_RETENTION_DAYS);
    const rollupCutoff = addDays(today, -this.config.CONTACT_ROLLUP_RETENTION_DAYS);
    return this.dataSource.transaction(async (m) => {
      const contacts = await deleteOlderThan(m, 'contacts', contactCutoff);
      const rollupRows =
        (await deleteOlderThan(m, 'contact_daily_counts', rollupCutoff)) +
        (await deleteOlderThan(m, 'contact_article_daily_counts', rollupCutoff));
      if (contacts + rollupRows > 0) {
        await this.audit.append(m, null, {
          action: 'contacts.purged',
          subjectType: 'contacts',
          subjectId: null,
          details: {
            contacts,
            rollupRows,
            contactsBefore: contactCutoff,
            rollupsBefore: rollupCutoff,
            retentionDays: this.config.CONTACT_RETENTION_DAYS,
            rollupRetentionDays: this.config.CONTACT_ROLLUP_RETENTION_DAYS,
          },
        });
      }
      return { contacts, rollupRows };
    });
  }

  private async purgeLogged(): Promise<void> {
    try {
      const purged = await this.purge();
      if (purged.contacts + purged.rollupRows > 0) jsonLogger.info('expired contacts deleted', { ...purged });
    } catch (error) {
      jsonLogger.warn('contact retention failed, will retry', { error: String(error) });
    }
  }
}
