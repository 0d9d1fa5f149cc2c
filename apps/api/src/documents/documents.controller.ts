import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { DocumentView } from '@bsc/domain';
import type { Actor } from '../common/auth/actor';
import { CurrentActor, RequirePermission } from '../common/auth/permissions.decorator';
import { DocumentsService } from './documents.service';
import { DocumentDto } from './dto/document.dto';

@ApiTags('documents')
@Controller('documents')
export class DocumentsController {
  constructor(private readonly documents: DocumentsService) {}

  @Get()
  @RequirePermission('content:read')
  list(): Promise<DocumentView[]> {
    return this.documents.list();
  }

  @Get(':id')
  @RequirePermission('content:read')
  get(@Param('id', ParseUUIDPipe) id: string): Promise<DocumentView> {
    return this.documents.get(id);
  }

  @Post()
  @RequirePermission('document:manage')
  create(@CurrentActor() actor: Actor, @Body() dto: DocumentDto): Promise<DocumentView> {
    return this.documents.create(actor, dto);
  }

  @Put(':id')
  @RequirePermission('document:manage')
  update(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() dto: DocumentDto): Promise<DocumentView> {
    return this.documents.update(actor, id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermission('document:manage')
  remove(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.documents.remove(actor, id);
  }
}
