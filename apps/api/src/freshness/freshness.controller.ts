import { Body, Controller, Get, Header, Param, ParseUUIDPipe, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { ArticleDetail } from '@bsc/domain';
import type { Actor } from '../common/auth/actor';
import { CurrentActor, RequirePermission } from '../common/auth/permissions.decorator';
import { FreshnessQueryDto, ReviewIntervalDto } from './dto/freshness-requests.dto';
import { FreshnessService } from './freshness.service';
import type { FreshnessOverview } from '@bsc/domain';

@ApiTags('freshness')
@Controller()
export class FreshnessController {
  constructor(private readonly freshness: FreshnessService) {}

  @Get('freshness')
  @RequirePermission('article:write')
  overview(@CurrentActor() actor: Actor, @Query() query: FreshnessQueryDto): Promise<FreshnessOverview> {
    return this.freshness.overview(actor, { departmentId: query.departmentId });
  }

  @Get('freshness.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="aktualitaet.csv"')
  @RequirePermission('article:write')
  overviewCsv(@CurrentActor() actor: Actor, @Query() query: FreshnessQueryDto): Promise<string> {
    return this.freshness.overviewCsv(actor, { departmentId: query.departmentId });
  }

  @Put('articles/:id/review-interval')
  @RequirePermission('article:verify')
  setReviewInterval(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ReviewIntervalDto,
  ): Promise<ArticleDetail> {
    return this.freshness.setReviewInterval(actor, id, dto.days);
  }
}
