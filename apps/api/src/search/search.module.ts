import { Global, Module, type DynamicModule } from '@nestjs/common';
import { systemClock, type Clock } from '@bsc/domain';
import { AppConfig } from '../config/app-config';
import { CLOCK } from '../freshness/clock.provider';
import { MeilisearchAdapter } from './meilisearch.adapter';
import { RankingVocabulary } from './ranking/ranking-vocabulary.service';
import { ReindexService } from './reindex.service';
import { SearchEventRecorder } from './search-event-recorder';
import { loadSearchConfig } from './search-config';
import { SearchIndex } from './search-index.port';
import { SearchIndexerService } from './search-indexer.service';
import { SearchSetupService } from './search-setup.service';
import { SearchController } from './search.controller';
import { SearchService } from './search.service';

@Global()
@Module({})
export class SearchModule {
  /** The clock decides which articles are valid and open now; tests pass their own. */
  static forClock(clock: Clock = systemClock): DynamicModule {
    return {
      module: SearchModule,
      global: true,
      controllers: [SearchController],
      providers: [
        {
          provide: SearchIndex,
          inject: [AppConfig],
          useFactory: (config: AppConfig) =>
            new MeilisearchAdapter({
              url: config.MEILI_URL,
              apiKey: config.MEILI_MASTER_KEY,
              indexName: config.SEARCH_INDEX,
              config: loadSearchConfig(),
            }),
        },
        { provide: CLOCK, useValue: clock },
        SearchSetupService,
        SearchIndexerService,
        SearchService,
        ReindexService,
        SearchEventRecorder,
        RankingVocabulary,
      ],
      exports: [
        SearchIndex,
        SearchIndexerService,
        SearchSetupService,
        SearchService,
        ReindexService,
        SearchEventRecorder,
        RankingVocabulary,
      ],
    };
  }
}
