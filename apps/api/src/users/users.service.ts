import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DomainError, type Role } from '@bsc/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { hashPassword } from '../auth/password-hashing';
import { SessionsService } from '../auth/sessions.service';
import type { Actor } from '../common/auth/actor';
import type { CreateUserDto, UpdateUserDto } from './dto/user.dto';

/** A user as admins see it (never the password hash). */
export interface UserView {
  id: string;
  login: string;
  displayName: string;
  roles: Role[];
  departmentIds: string[];
  active: boolean;
}

interface UserRow {
  id: string;
  login: string;
  display_name: string;
  roles: Role[];
  department_ids: string[];
  active: boolean;
}

/** User administration; changing roles, departments or the password ends the user's sessions. */
@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly sessions: SessionsService,
  ) {}

  async list(): Promise<UserView[]> {
    const rows = (await this.dataSource.query(`SELECT id, login, display_name, roles, department_ids, active FROM users ORDER BY login`)) as UserRow[];
    return rows.map(toView);
  }

  async get(id: string): Promise<UserView> {
    const [row] = (await this.dataSource.query(`SELECT id, login, display_name, roles, department_ids, active FROM users WHERE id = $1`, [id])) as UserRow[];
    if (!row) throw new DomainError('USER_NOT_FOUND');
    return toView(row);
  }

  async create(actor: Actor, dto: CreateUserDto): Promise<UserView> {
    const passwordHash = await hashPassword(dto.password);
    const id = await this.dataSource.transaction(async (m) => {
      await assertDepartmentsExist(m, dto.departmentIds);
      const [row] = (await m.query(
        `INSERT INTO users (login, display_name, password_hash, roles, department_ids) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [dto.login, dto.displayName, passwordHash, unique(dto.roles), unique(dto.departmentIds)],
      )) as { id: string }[];
      await this.audit.append(m, actor, { action: 'user.created', subjectType: 'user', subjectId: row.id, details: { login: dto.login, roles: dto.roles } });
      return row.id;
    });
    return this.get(id);
  }

  async update(actor: Actor, id: string, dto: UpdateUserDto): Promise<UserView> {
    const before = await this.get(id);
    const passwordHash = dto.password ? await hashPassword(dto.password) : null;
    await this.dataSource.transaction(async (m) => {
      await assertDepartmentsExist(m, dto.departmentIds);
      await m.query(
        `UPDATE users SET display_name = $2, roles = $3, department_ids = $4, active = $5,
                password_hash = coalesce($6, password_hash), updated_at = now() WHERE id = $1`,
        [id, dto.displayName, unique(dto.roles), unique(dto.departmentIds), dto.active, passwordHash],
      );
      await this.audit.append(m, actor, {
        action: 'user.updated',
        subjectType: 'user',
        subjectId: id,
        details: { before: { roles: before.roles, departmentIds: before.departmentIds, active: before.active }, after: { roles: dto.roles, departmentIds: dto.departmentIds, active: dto.active }, passwordChanged: passwordHash !== null },
      });
    });
    // New rights or a new password take effect at the next login, never silently in an old session.
    await this.sessions.destroyAllOf(id);
    return this.get(id);
  }
}

async function assertDepartmentsExist(m: EntityManager, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const [{ n }] = (await m.query(`SELECT count(*)::int AS n FROM departments WHERE id = ANY($1::uuid[])`, [unique(ids)])) as { n: number }[];
  if (n !== unique(ids).length) throw new DomainError('DEPARTMENT_NOT_FOUND');
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

function toView(row: UserRow): UserView {
  return { id: row.id, login: row.login, displayName: row.display_name, roles: row.roles, departmentIds: row.department_ids, active: row.active };
}
