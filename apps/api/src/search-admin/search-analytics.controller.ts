import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '../common/auth/permissions.decorator';
import { SearchAnalyticsQueryDto } from './dto/search-analytics-query.dto';
import type { SearchAnalyticsView } from '@bsc/domain';
import { SearchAnalyticsService } from './search-analytics.service';

@ApiTags('search-admin')
@Controller('admin/search-analytics')
export class SearchAnalyticsController {
  constructor(private readonly analytics: SearchAnalyticsService) {}

  @Get()
  @RequirePermission('analytics:read')
  overview(@Query() query: SearchAnalyticsQueryDto): Promise<SearchAnalyticsView> {
    return this.analytics.overview(query.days);
  }
}
