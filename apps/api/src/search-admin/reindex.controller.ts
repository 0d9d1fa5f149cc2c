import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Actor } from '../common/auth/actor';
import { CurrentActor, RequirePermission } from '../common/auth/permissions.decorator';
import { ReindexService, type ReindexStatus } from '../search/reindex.service';

@ApiTags('search-admin')
@Controller('admin/reindex')
export class ReindexController {
  constructor(private readonly reindex: ReindexService) {}

  /** Starts a rebuild into a fresh index with an atomic swap; 202 with the status to poll. */
  @Post()
  @HttpCode(202)
  @RequirePermission('search:reindex')
  start(@CurrentActor() actor: Actor): Promise<ReindexStatus> {
    return this.reindex.start(actor, 'api');
  }

  @Get()
  @RequirePermission('search:reindex')
  status(): ReindexStatus {
    return this.reindex.current();
  }
}
