import { Controller, Get, Res, ServiceUnavailableException } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator, type HealthCheckResult } from '@nestjs/terminus';
import type { Response } from 'express';
import { Public } from '../common/auth/permissions.decorator';
import { SearchIndex } from '../search/search-index.port';
import { SearchIndexerService } from '../search/search-indexer.service';
import { AppConfig } from '../config/app-config';
import { readSupervisedServers } from './supervised-servers';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    private readonly searchIndex: SearchIndex,
    private readonly indexer: SearchIndexerService,
    private readonly config: AppConfig,
  ) {}

  /** 200 when all is up; 503 with the same body (which dependency is down) otherwise. */
  @Get()
  @Public()
  @HealthCheck()
  async check(@Res({ passthrough: true }) res: Response): Promise<HealthCheckResult> {
    try {
      return await this.health.check([
        () => this.database.pingCheck('database', { timeout: 1500 }),
        () => this.searchCheck(),
        () => this.outboxCheck(),
        ...(this.config.STACK_STATUS_FILE ? [() => this.serversCheck(this.config.STACK_STATUS_FILE ?? '')] : []),
      ]);
    } catch (error) {
      // Terminus reports "down" as an exception; answer its body, not the generic error shape.
      if (!(error instanceof ServiceUnavailableException)) throw error;
      res.status(503);
      return error.getResponse() as HealthCheckResult;
    }
  }

  private async searchCheck() {
    const indicator = this.indicators.check('search');
    // A hung Meilisearch must not hang the health check.
    const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 1500).unref());
    const healthy = await Promise.race([this.searchIndex.isHealthy().catch(() => false), timeout]);
    return healthy ? indicator.up() : indicator.down({ message: 'Meilisearch unreachable; search answers from PostgreSQL' });
  }

  /**
   * Restarts of PostgreSQL / Meilisearch by the launcher's supervisor, read from its status
   * file. Reported, never failing the check: whether a server answers is what decides.
   */
  private async serversCheck(file: string) {
    const servers = await readSupervisedServers(file);
    const indicator = this.indicators.check('servers');
    return servers ? indicator.up(servers) : indicator.up({ message: 'launcher status unreadable' });
  }

  /** Outbox lag: pending rows and the age of the oldest; reported, never failing the check. */
  private async outboxCheck() {
    const indicator = this.indicators.check('outbox');
    const lag = await this.indexer.lag().catch(() => undefined);
    return lag ? indicator.up({ ...lag }) : indicator.down({ message: 'outbox unreadable' });
  }
}
