import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DomainError, validateOpeningHours, type DepartmentView } from '@bsc/domain';
import { DataSource, IsNull, Not } from 'typeorm';
import { Article } from '../articles/article.entity';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/auth/actor';
import { enqueueReindex } from '../search/search-outbox';
import { SearchIndexerService } from '../search/search-indexer.service';
import { Department } from './department.entity';
import { readDepartment, toDepartmentView } from './department-view';
import type { DepartmentDto } from './dto/department.dto';

/** Departments (Fachbereiche): contact data agents read out, and the owners of articles. */
@Injectable()
export class DepartmentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly indexer: SearchIndexerService,
  ) {}

  async list(): Promise<DepartmentView[]> {
    const departments = await this.dataSource.manager.find(Department, { order: { name: 'ASC' } });
    return departments.map(toDepartmentView);
  }

  async get(id: string): Promise<DepartmentView> {
    return (await readDepartment(this.dataSource.manager, id)) ?? failNotFound();
  }

  async create(actor: Actor, dto: DepartmentDto): Promise<DepartmentView> {
    validateOpeningHours(dto.openingHours);
    const id = await this.dataSource.transaction(async (m) => {
      const saved = await m.save(m.create(Department, { ...dto, appointmentUrl: dto.appointmentUrl ?? null }));
      await this.audit.append(m, actor, {
        action: 'department.created',
        subjectType: 'department',
        subjectId: saved.id,
        details: { code: dto.code, name: dto.name },
      });
      return saved.id;
    });
    return this.get(id);
  }

  async update(actor: Actor, id: string, dto: DepartmentDto): Promise<DepartmentView> {
    validateOpeningHours(dto.openingHours);
    await this.dataSource.transaction(async (m) => {
      const before = await m.findOne(Department, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!before) throw new DomainError('DEPARTMENT_NOT_FOUND');
      await m.update(Department, { id }, { ...dto, appointmentUrl: dto.appointmentUrl ?? null });
      // The department's name is part of every indexed article it owns.
      const articles = await m.find(Article, { select: { id: true }, where: { departmentId: id, publishedVersion: Not(IsNull()) } });
      await enqueueReindex(
        m,
        articles.map((a) => a.id),
      );
      await this.audit.append(m, actor, {
        action: 'department.updated',
        subjectType: 'department',
        subjectId: id,
        details: { before: { name: before.name, code: before.code }, after: { name: dto.name, code: dto.code } },
      });
    });
    this.indexer.kick();
    return this.get(id);
  }

  async remove(actor: Actor, id: string): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const department = await m.findOne(Department, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!department) throw new DomainError('DEPARTMENT_NOT_FOUND');
      const n = await m.countBy(Article, { departmentId: id });
      if (n > 0) throw new DomainError('DEPARTMENT_HAS_ARTICLES', undefined, { articles: n });
      await m.delete(Department, { id });
      await this.audit.append(m, actor, {
        action: 'department.deleted',
        subjectType: 'department',
        subjectId: id,
        details: { code: department.code, name: department.name },
      });
    });
  }
}

function failNotFound(): never {
  throw new DomainError('DEPARTMENT_NOT_FOUND');
}
