import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Clock } from '@bsc/domain';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { jsonLogger } from '../common/http/json-logger';
import { PeriodicJob } from '../common/jobs/periodic-job';
import { AppConfig } from '../config/app-config';
import { queryRows } from '../database/typed-rows';
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

  /** Deletes the expired events (audited as a system action); returns how many. */
  async purge(): Promise<number> {
    const cutoff = new Date(this.clock.now().getTime() - this.config.SEARCH_EVENT_RETENTION_DAYS * DAY_MS);
    return this.dataSource.transaction(async (m) => {
      const [{ n }] = await queryRows(
        m,
        { n: 'int' },
        `WITH gone AS (DELETE FROM search_events WHERE at < $1 RETURNING 1) SELECT count(*)::int AS n FROM gone`,
        [cutoff],
      );
      // The learning's signals hold the words of searches too: same retention.
      const [{ signals }] = await queryRows(
        m,
        { signals: 'int' },
        `WITH gone AS (DELETE FROM search_signals WHERE at < $1 RETURNING 1) SELECT count(*)::int AS signals FROM gone`,
        [cutoff],
      );
      if (n + signals > 0) {
        const details = { deleted: n, signals, olderThan: cutoff.toISOString(), retentionDays: this.config.SEARCH_EVENT_RETENTION_DAYS };
        await this.audit.append(m, null, { action: 'search_events.purged', subjectType: 'search_events', subjectId: null, details });
      }
      return n;
    });
  }

  private async purgeLogged(): Promise<void> {
    const deleted = await this.purge();
    if (deleted > 0) jsonLogger.info('expired search events deleted', { deleted, retentionDays: this.config.SEARCH_EVENT_RETENTION_DAYS });
  }
}
