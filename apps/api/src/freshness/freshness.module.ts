import { Module } from '@nestjs/common';
import { ArticlesModule } from '../articles/articles.module';
import { clockProvider, CLOCK } from './clock.provider';
import { FreshnessController } from './freshness.controller';
import { FreshnessService } from './freshness.service';

@Module({
  imports: [ArticlesModule],
  controllers: [FreshnessController],
  providers: [clockProvider, FreshnessService],
  exports: [CLOCK, FreshnessService],
})
export class FreshnessModule {}
