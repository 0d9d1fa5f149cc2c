import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator, type HealthCheckResult } from '@nestjs/terminus';
import { Public } from '../common/auth/permissions.decorator';
import { SearchIndex } from '../search/search-index.port';
import { SearchIndexerService } from '../search/search-indexer.service';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    private readonly searchIndex: SearchIndex,
    private readonly indexer: SearchIndexerService,
  ) {}

  @Get()
  @Public()
  @HealthCheck()
  check(): Promise<HealthCheckResult> {
    return this.health.check([
      () => this.database.pingCheck('database', { timeout: 1500 }),
      () => this.searchCheck(),
      () => this.outboxCheck(),
    ]);
  }

  private async searchCheck() {
    const indicator = this.indicators.check('search');
    const healthy = await this.searchIndex.isHealthy().catch(() => false);
    return healthy ? indicator.up() : indicator.down({ message: 'Meilisearch unreachable; search answers from PostgreSQL' });
  }

  /** Outbox lag: pending rows and the age of the oldest; reported, never failing the check. */
  private async outboxCheck() {
    const lag = await this.indexer.lag();
    return this.indicators.check('outbox').up({ ...lag });
  }
}
