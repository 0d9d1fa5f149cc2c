import { Module } from '@nestjs/common';
import { clockProvider } from '../freshness/clock.provider';
import { ContentGapsController } from './content-gaps.controller';
import { ContentGapsService } from './content-gaps.service';
import { ReindexController } from './reindex.controller';
import { SearchAnalyticsController } from './search-analytics.controller';
import { SearchAnalyticsService } from './search-analytics.service';
import { SearchEventRetentionService } from './search-event-retention.service';
import { SynonymsController } from './synonyms.controller';
import { SynonymsService } from './synonyms.service';

/** Admin side of search: synonyms without a deploy, analytics with retention, content gaps, full reindex. */
@Module({
  controllers: [SynonymsController, SearchAnalyticsController, ReindexController, ContentGapsController],
  providers: [clockProvider, SynonymsService, SearchAnalyticsService, SearchEventRetentionService, ContentGapsService],
})
export class SearchAdminModule {}
