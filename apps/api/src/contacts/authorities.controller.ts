import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { AuthorityView } from '@bsc/domain';
import type { Actor } from '../common/auth/actor';
import { CurrentActor, RequirePermission } from '../common/auth/permissions.decorator';
import { AuthoritiesService } from './authorities.service';
import { CreateAuthorityDto, UpdateAuthorityDto } from './dto/contact.dto';

@ApiTags('contacts')
@Controller('authorities')
export class AuthoritiesController {
  constructor(private readonly authorities: AuthoritiesService) {}

  @Get()
  @RequirePermission('contact:record')
  list(): Promise<AuthorityView[]> {
    return this.authorities.list();
  }

  @Post()
  @RequirePermission('authority:manage')
  create(@CurrentActor() actor: Actor, @Body() dto: CreateAuthorityDto): Promise<AuthorityView> {
    return this.authorities.create(actor, dto);
  }

  @Put(':id')
  @RequirePermission('authority:manage')
  update(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateAuthorityDto): Promise<AuthorityView> {
    return this.authorities.update(actor, id, dto);
  }
}
