import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DomainError, type UserView } from '@bsc/domain';
import { DataSource, In, type EntityManager } from 'typeorm';
import { Department } from '../departments/department.entity';
import { AuditService } from '../audit/audit.service';
import { hashPassword } from '../auth/password-hashing';
import { SessionsService } from '../auth/sessions.service';
import type { Actor } from '../common/auth/actor';
import { IMPORT_USER_LOGIN } from '../import/import-actor';
import type { CreateUserDto, UpdateUserDto } from './dto/user.dto';
import { User } from './user.entity';

/** User administration; changing roles, departments or the password ends the user's sessions. */
@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly sessions: SessionsService,
  ) {}

  async list(): Promise<UserView[]> {
    const users = await this.dataSource.manager.find(User, { order: { login: 'ASC' } });
    return users.map(toView);
  }

  async get(id: string): Promise<UserView> {
    const user = await this.dataSource.manager.findOneBy(User, { id });
    if (!user) throw new DomainError('USER_NOT_FOUND');
    return toView(user);
  }

  async create(actor: Actor, dto: CreateUserDto): Promise<UserView> {
    // An account under the import's login would become the importer's identity in every version
    // and audit event it writes (ensureImportActor takes an existing user of that login).
    if (isSystemLogin(dto.login)) throw new DomainError('SYSTEM_USER_RESERVED');
    const passwordHash = await hashPassword(dto.password);
    const id = await this.dataSource.transaction(async (m) => {
      await assertDepartmentsExist(m, dto.departmentIds);
      const row = await m.save(
        m.create(User, {
          login: dto.login,
          displayName: dto.displayName,
          passwordHash,
          roles: unique(dto.roles),
          departmentIds: unique(dto.departmentIds),
          active: true,
        }),
      );
      await this.audit.append(m, actor, {
        action: 'user.created',
        subjectType: 'user',
        subjectId: row.id,
        details: { login: dto.login, roles: dto.roles },
      });
      return row.id;
    });
    return this.get(id);
  }

  async update(actor: Actor, id: string, dto: UpdateUserDto): Promise<UserView> {
    const passwordHash = dto.password ? await hashPassword(dto.password) : null;
    const rightsChanged = await this.dataSource.transaction(async (m) => {
      const before = await lockUserKeepingAnAdmin(m, id, actor.id, dto);
      await assertDepartmentsExist(m, dto.departmentIds);
      await m.update(
        User,
        { id },
        {
          displayName: dto.displayName,
          roles: unique(dto.roles),
          departmentIds: unique(dto.departmentIds),
          active: dto.active,
          ...(passwordHash === null ? {} : { passwordHash }),
        },
      );
      const after = { roles: unique(dto.roles), departmentIds: unique(dto.departmentIds), active: dto.active };
      await this.audit.append(m, actor, {
        action: 'user.updated',
        subjectType: 'user',
        subjectId: id,
        details: {
          before: { roles: before.roles, departmentIds: before.departmentIds, active: before.active },
          after,
          passwordChanged: passwordHash !== null,
        },
      });
      return passwordHash !== null || !sameRights(before, after);
    });
    // New rights or a new password take effect at the next login, never silently in an old session.
    if (rightsChanged) await this.sessions.destroyAllOf(id);
    return this.get(id);
  }
}

/**
 * Locks the user and every active admin (one statement, ordered: no deadlock between two admins
 * editing each other) and refuses an update that would leave the system without an admin.
 */
async function lockUserKeepingAnAdmin(m: EntityManager, id: string, actorId: string, dto: UpdateUserDto): Promise<UserView> {
  const rows = await m
    .createQueryBuilder(User, 'u')
    .where(`u.id = :id OR ('admin' = ANY(u.roles) AND u.active)`, { id })
    .orderBy('u.id')
    .setLock('pessimistic_write')
    .getMany();
  const target = rows.find((row) => row.id === id);
  if (!target) throw new DomainError('USER_NOT_FOUND');
  // The import's system user stays inactive, without roles and password: given a password it
  // could log in as the author of every imported version.
  if (isSystemLogin(target.login)) throw new DomainError('SYSTEM_USER_RESERVED');
  const removesAdmin = target.active && target.roles.includes('admin') && (!dto.active || !dto.roles.includes('admin'));
  if (!removesAdmin) return toView(target);
  if (id === actorId) throw new DomainError('SELF_LOCKOUT_FORBIDDEN');
  const otherAdmins = rows.filter((row) => row.id !== id && row.active && row.roles.includes('admin'));
  if (otherAdmins.length === 0) throw new DomainError('LAST_ADMIN_REQUIRED');
  return toView(target);
}

function sameRights(before: UserView, after: Pick<UserView, 'roles' | 'departmentIds' | 'active'>): boolean {
  const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));
  return before.active === after.active && sameSet(before.roles, after.roles) && sameSet(before.departmentIds, after.departmentIds);
}

async function assertDepartmentsExist(m: EntityManager, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const n = await m.countBy(Department, { id: In(unique(ids)) });
  if (n !== unique(ids).length) throw new DomainError('DEPARTMENT_NOT_FOUND');
}

function isSystemLogin(login: string): boolean {
  return login.toLowerCase() === IMPORT_USER_LOGIN;
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

function toView(user: User): UserView {
  return {
    id: user.id,
    login: user.login,
    displayName: user.displayName,
    roles: user.roles,
    departmentIds: user.departmentIds,
    active: user.active,
    system: isSystemLogin(user.login),
  };
}
