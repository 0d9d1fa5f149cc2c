import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { DraftView, LearnedPhrase, SignalOutcome } from '@bsc/domain';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor, RequirePermission } from '../../common/auth/permissions.decorator';
import { LearnedPhraseDto, SearchFeedbackDto } from './learning.dto';
import { LearningService } from './learning.service';

const uuid = new ParseUUIDPipe({ version: undefined });

@ApiTags('search')
@Controller()
export class LearningController {
  constructor(private readonly learning: LearningService) {}

  @Post('search/feedback')
  @HttpCode(200)
  @RequirePermission('search:use')
  feedback(@CurrentActor() actor: Actor, @Body() dto: SearchFeedbackDto): Promise<{ outcome: SignalOutcome }> {
    return this.learning.record(actor, dto);
  }

  @Get('articles/:id/learned-phrases')
  @RequirePermission('article:write')
  phrases(@CurrentActor() actor: Actor, @Param('id', uuid) id: string): Promise<LearnedPhrase[]> {
    return this.learning.phrases(actor, id);
  }

  @Post('articles/:id/learned-phrases/block')
  @HttpCode(200)
  @RequirePermission('article:write')
  block(@CurrentActor() actor: Actor, @Param('id', uuid) id: string, @Body() dto: LearnedPhraseDto): Promise<LearnedPhrase[]> {
    return this.learning.block(actor, id, dto);
  }

  @Post('articles/:id/learned-phrases/adopt')
  @HttpCode(200)
  @RequirePermission('article:write')
  adopt(@CurrentActor() actor: Actor, @Param('id', uuid) id: string, @Body() dto: LearnedPhraseDto): Promise<DraftView> {
    return this.learning.adopt(actor, id, dto);
  }
}
