import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FlagView } from '@bsc/domain';
import type { Actor } from '../common/auth/actor';
import { CurrentActor, RequirePermission } from '../common/auth/permissions.decorator';
import { CreateFlagDto, ListFlagsQueryDto, ResolveFlagDto } from './dto/flag.dto';
import { FlagsService } from './flags.service';

@ApiTags('feedback')
@Controller()
export class FlagsController {
  constructor(private readonly flags: FlagsService) {}

  @Post('articles/:id/flags')
  @RequirePermission('feedback:create')
  create(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() dto: CreateFlagDto): Promise<FlagView> {
    return this.flags.create(actor, id, dto);
  }

  @Get('flags')
  @RequirePermission('feedback:create')
  list(@CurrentActor() actor: Actor, @Query() query: ListFlagsQueryDto): Promise<FlagView[]> {
    return this.flags.list(actor, query);
  }

  @Post('flags/:id/resolve')
  @HttpCode(200)
  @RequirePermission('feedback:resolve')
  resolve(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() dto: ResolveFlagDto): Promise<FlagView> {
    return this.flags.resolve(actor, id, dto);
  }
}
