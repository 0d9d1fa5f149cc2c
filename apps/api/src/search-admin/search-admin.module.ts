import { Module } from '@nestjs/common';
import { clockProvider } from '../freshness/clock.provider';
import { ReindexController } from './reindex.controller';
import { SearchAnalyticsController } from './search-analytics.controller';
import { SearchAnalyticsService } from './search-analytics.service';
import { SearchEventRetentionService } from './search-event-retention.service';
import { SynonymsController } from './synonyms.controller';
import { SynonymsService } from './synonyms.service';

/** Admin side of search: synonyms without a deploy, analytics with retention, full reindex. */
@Module({
  controllers: [SynonymsController, SearchAnalyticsController, ReindexController],
  providers: [clockProvider, SynonymsService, SearchAnalyticsService, SearchEventRetentionService],
})
export class SearchAdminModule {}
