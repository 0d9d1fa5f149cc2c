import { Module } from '@nestjs/common';
import { clockProvider } from '../freshness/clock.provider';
import { ArticleQueriesService } from './article-queries.service';
import { ArticleSchedulerService } from './article-scheduler.service';
import { ArticleWorkflowService } from './article-workflow.service';
import { ArticlesController } from './articles.controller';
import { ReviewQueueController } from './review-queue.controller';

@Module({
  controllers: [ArticlesController, ReviewQueueController],
  providers: [clockProvider, ArticleQueriesService, ArticleWorkflowService, ArticleSchedulerService],
  exports: [ArticleQueriesService, ArticleWorkflowService, ArticleSchedulerService],
})
export class ArticlesModule {}
