import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { DepartmentView } from '@bsc/domain';
import type { Actor } from '../common/auth/actor';
import { CurrentActor, RequirePermission } from '../common/auth/permissions.decorator';
import { DepartmentsService } from './departments.service';
import { DepartmentDto } from './dto/department.dto';

@ApiTags('departments')
@Controller('departments')
export class DepartmentsController {
  constructor(private readonly departments: DepartmentsService) {}

  @Get()
  @RequirePermission('content:read')
  list(): Promise<DepartmentView[]> {
    return this.departments.list();
  }

  @Get(':id')
  @RequirePermission('content:read')
  get(@Param('id', ParseUUIDPipe) id: string): Promise<DepartmentView> {
    return this.departments.get(id);
  }

  @Post()
  @RequirePermission('department:manage')
  create(@CurrentActor() actor: Actor, @Body() dto: DepartmentDto): Promise<DepartmentView> {
    return this.departments.create(actor, dto);
  }

  @Put(':id')
  @RequirePermission('department:manage')
  update(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() dto: DepartmentDto): Promise<DepartmentView> {
    return this.departments.update(actor, id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermission('department:manage')
  remove(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.departments.remove(actor, id);
  }
}
