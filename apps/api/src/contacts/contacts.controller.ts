import { Body, Controller, Get, Header, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { ContactSummary, ContactView } from '@bsc/domain';
import type { Actor } from '../common/auth/actor';
import { CurrentActor, RequirePermission } from '../common/auth/permissions.decorator';
import { ContactSummaryService } from './contact-summary.service';
import { ContactsService } from './contacts.service';
import { ContactSummaryQueryDto, RecordContactDto } from './dto/contact.dto';

@ApiTags('contacts')
@Controller('contacts')
export class ContactsController {
  constructor(
    private readonly contacts: ContactsService,
    private readonly summaries: ContactSummaryService,
  ) {}

  @Post()
  @RequirePermission('contact:record')
  record(@CurrentActor() actor: Actor, @Body() dto: RecordContactDto): Promise<ContactView> {
    return this.contacts.record(dto, actor);
  }

  @Get('summary')
  @RequirePermission('contact:read')
  summary(@CurrentActor() actor: Actor, @Query() query: ContactSummaryQueryDto): Promise<ContactSummary> {
    return this.summaries.summary(actor, query);
  }

  @Get('summary.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="erstkontakt.csv"')
  @RequirePermission('contact:read')
  summaryCsv(@CurrentActor() actor: Actor, @Query() query: ContactSummaryQueryDto): Promise<string> {
    return this.summaries.summaryCsv(actor, query);
  }
}
