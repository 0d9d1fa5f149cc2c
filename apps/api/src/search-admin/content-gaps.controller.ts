import { Body, Controller, Get, Header, HttpCode, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { ContentGap } from '@bsc/domain';
import type { Actor } from '../common/auth/actor';
import { CurrentActor, RequirePermission } from '../common/auth/permissions.decorator';
import { ContentGapsService } from './content-gaps.service';
import { IgnoreContentGapDto } from './dto/content-gap.dto';
import { SearchAnalyticsQueryDto } from './dto/search-analytics-query.dto';

@ApiTags('search-admin')
@Controller('content-gaps')
export class ContentGapsController {
  constructor(private readonly gaps: ContentGapsService) {}

  @Get()
  @RequirePermission('content_gap:manage')
  list(@Query() query: SearchAnalyticsQueryDto): Promise<ContentGap[]> {
    return this.gaps.list(query.days);
  }

  @Get('export.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="inhaltsluecken.csv"')
  @RequirePermission('content_gap:manage')
  csv(@Query() query: SearchAnalyticsQueryDto): Promise<string> {
    return this.gaps.csv(query.days);
  }

  @Post('ignore')
  @HttpCode(204)
  @RequirePermission('content_gap:manage')
  ignore(@CurrentActor() actor: Actor, @Body() dto: IgnoreContentGapDto): Promise<void> {
    return this.gaps.ignore(actor, dto.term);
  }
}
