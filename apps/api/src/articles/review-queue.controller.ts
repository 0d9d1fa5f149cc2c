import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { ArticleSummary } from '@bsc/domain';
import type { Actor } from '../common/auth/actor';
import { CurrentActor, RequirePermission } from '../common/auth/permissions.decorator';
import { ArticleQueriesService } from './article-queries.service';

@ApiTags('articles')
@Controller('review-queue')
export class ReviewQueueController {
  constructor(private readonly queries: ArticleQueriesService) {}

  @Get()
  @RequirePermission('article:review')
  list(@CurrentActor() actor: Actor): Promise<ArticleSummary[]> {
    return this.queries.reviewQueue(actor);
  }
}
