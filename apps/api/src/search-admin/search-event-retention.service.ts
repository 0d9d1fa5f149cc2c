import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Clock } from '@bsc/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { jsonLogger } from '../common/http/json-logger';
import { purgeInBatches } from '../common/jobs/batched-purge';
import { PeriodicJob } from '../common/jobs/periodic-job';
import { AppConfig } from '../config/app-config';
import { CLOCK } from '../freshness/clock.provider';

const DAY_MS = 86_400_000;
const PURGE_EVERY_MS = 6 * 60 * 60 * 1000;

/**
 * Deletes search events and usage signals older than SEARCH_EVENT_RETENTION_DAYS: citizens' words may contain
 * personal data (GDPR), so they are kept only as long as the analytics need them. Runs at
 * start-up and every six hours (PeriodicJob).
 */
@Injectable()
export class SearchEventRetentionService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly job = new PeriodicJob('search event retention', PURGE_EVERY_MS, () => this.purgeLogged());

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
   * Deletes the expired events and the learning's usage signals, which hold the words of
   * searches too (same retention), in audited batches (purgeInBatches: a purge after a long
   * pause must not run into the statement timeout and keep the words for ever); returns how
   * many events went.
   */
  async purge(): Promise<number> {
    const cutoff = new Date(this.clock.now().getTime() - this.config.SEARCH_EVENT_RETENTION_DAYS * DAY_MS);
    const audit = (m: EntityManager, counts: { deleted: number; signals: number }) =>
      this.audit.append(m, null, {
        action: 'search_events.purged',
        subjectType: 'search_events',
        subjectId: null,
        details: { ...counts, olderThan: cutoff.toISOString(), retentionDays: this.config.SEARCH_EVENT_RETENTION_DAYS },
      });
    const deleted = await purgeInBatches(this.dataSource, 'search_events', cutoff, (m, n) => audit(m, { deleted: n, signals: 0 }));
    await purgeInBatches(this.dataSource, 'search_signals', cutoff, (m, n) => audit(m, { deleted: 0, signals: n }));
    return deleted;
  }

  private async purgeLogged(): Promise<void> {
    const deleted = await this.purge();
    if (deleted > 0) jsonLogger.info('expired search events deleted', { deleted, retentionDays: this.config.SEARCH_EVENT_RETENTION_DAYS });
  }
}
