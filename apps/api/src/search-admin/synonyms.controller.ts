import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Actor } from '../common/auth/actor';
import { CurrentActor, RequirePermission } from '../common/auth/permissions.decorator';
import { CreateSynonymDto } from './dto/synonym.dto';
import type { BuiltInSynonymList, SynonymEntry } from '@bsc/domain';
import { SynonymsService } from './synonyms.service';

@ApiTags('search-admin')
@Controller('synonyms')
export class SynonymsController {
  constructor(private readonly synonyms: SynonymsService) {}

  @Get()
  @RequirePermission('synonym:manage')
  list(): Promise<SynonymEntry[]> {
    return this.synonyms.list();
  }

  @Get('built-in')
  @RequirePermission('synonym:manage')
  builtIn(): BuiltInSynonymList {
    return this.synonyms.builtIn();
  }

  @Post()
  @RequirePermission('synonym:manage')
  create(@CurrentActor() actor: Actor, @Body() dto: CreateSynonymDto): Promise<SynonymEntry> {
    return this.synonyms.create(actor, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermission('synonym:manage')
  remove(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.synonyms.remove(actor, id);
  }
}
