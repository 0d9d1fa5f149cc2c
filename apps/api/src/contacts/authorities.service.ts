import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DomainError, type AuthorityView } from '@bsc/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/auth/actor';
import { Authority } from './authority.entity';
import type { CreateAuthorityDto, UpdateAuthorityDto } from './dto/contact.dto';

function toView(authority: Authority): AuthorityView {
  return { id: authority.id, name: authority.name, active: authority.active };
}

/**
 * The admin-kept list of external authorities an agent can refer a citizen to. Entries are
 * deactivated rather than deleted, so the contacts that named them stay intact.
 */
@Injectable()
export class AuthoritiesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<AuthorityView[]> {
    const rows = await this.dataSource.getRepository(Authority).find({ order: { name: 'ASC' } });
    return rows.map(toView);
  }

  async create(actor: Actor, dto: CreateAuthorityDto): Promise<AuthorityView> {
    return this.dataSource.transaction(async (m) => {
      const name = await uniqueName(m, dto.name);
      const saved = await m.getRepository(Authority).save(m.getRepository(Authority).create({ name, active: true }));
      await this.audit.append(m, actor, { action: 'authority.created', subjectType: 'authority', subjectId: saved.id, details: { name } });
      return toView(saved);
    });
  }

  async update(actor: Actor, id: string, dto: UpdateAuthorityDto): Promise<AuthorityView> {
    return this.dataSource.transaction(async (m) => {
      const repository = m.getRepository(Authority);
      const existing = await repository.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!existing) throw new DomainError('AUTHORITY_NOT_FOUND');
      const name = await uniqueName(m, dto.name, id);
      const saved = await repository.save({ ...existing, name, active: dto.active });
      await this.audit.append(m, actor, {
        action: 'authority.updated',
        subjectType: 'authority',
        subjectId: id,
        details: { name, active: dto.active, before: { name: existing.name, active: existing.active } },
      });
      return toView(saved);
    });
  }
}

/** The trimmed name, unless another authority already has it (case-insensitive). */
async function uniqueName(m: EntityManager, raw: string, exceptId?: string): Promise<string> {
  const name = raw.trim();
  if (name.length < 2) throw new DomainError('VALIDATION_FAILED');
  const clash = await m
    .getRepository(Authority)
    .createQueryBuilder('a')
    .where('lower(a.name) = lower(:name)', { name })
    .andWhere(exceptId ? 'a.id <> :exceptId' : 'true', { exceptId })
    .getCount();
  if (clash > 0) throw new DomainError('DUPLICATE', 'Diese Behörde steht schon in der Liste.', { name });
  return name;
}
