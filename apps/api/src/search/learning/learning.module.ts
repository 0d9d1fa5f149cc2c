import { Module, type DynamicModule } from '@nestjs/common';
import { systemClock, type Clock } from '@bsc/domain';
import { ArticlesModule } from '../../articles/articles.module';
import { CLOCK } from '../../freshness/clock.provider';
import { LearningController } from './learning.controller';
import { LearningService } from './learning.service';

/** Usage signals, learned phrases per article, blocking and adoption (issue 12). */
@Module({})
export class LearningModule {
  /** The clock decides a signal's day and age; tests pass their own to let days go by. */
  static forClock(clock: Clock = systemClock): DynamicModule {
    return {
      module: LearningModule,
      imports: [ArticlesModule],
      controllers: [LearningController],
      providers: [{ provide: CLOCK, useValue: clock }, LearningService],
      exports: [LearningService],
    };
  }
}
