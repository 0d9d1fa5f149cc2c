import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { SearchResponse } from '@bsc/domain';
import type { Actor } from '../common/auth/actor';
import { CurrentActor, RequirePermission } from '../common/auth/permissions.decorator';
import { SearchClickDto, SearchQueryDto, SuggestQueryDto } from './dto/search-query.dto';
import { SearchService } from './search.service';

@ApiTags('search')
@Controller('search')
export class SearchController {
  constructor(private readonly searchService: SearchService) {}

  @Get()
  @RequirePermission('search:use')
  search(@CurrentActor() actor: Actor, @Query() query: SearchQueryDto): Promise<SearchResponse> {
    return this.searchService.search(query, actor);
  }

  @Get('suggest')
  @RequirePermission('search:use')
  suggest(@Query() query: SuggestQueryDto): Promise<{ suggestions: { id: string; title: string }[] }> {
    return this.searchService.suggest(query.q);
  }

  @Post('click')
  @HttpCode(204)
  @RequirePermission('search:use')
  click(@Body() dto: SearchClickDto): Promise<void> {
    return this.searchService.recordClick(dto);
  }
}
