import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DomainError, type LoginResponse, type Role } from '@bsc/domain';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/auth/actor';
import { dummyPasswordHash, verifyPassword } from './password-hashing';
import { clearLoginFailures, reserveLoginAttempt, throttleKey } from './login-throttle';
import { SessionsService } from './sessions.service';

interface UserRow {
  id: string;
  login: string;
  display_name: string;
  password_hash: string;
  roles: Role[];
  department_ids: string[];
  active: boolean;
}

/** Login and logout; a login always starts a fresh session (no session fixation). */
@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Checks the password (throttled per login and client address) and starts a fresh session.
   * A session the browser already presented is ended, so no identifier outlives the login.
   */
  async login(login: string, password: string, ip: string | undefined, previousToken?: string): Promise<LoginResponse & { token: string }> {
    const key = throttleKey(login, ip);
    await reserveLoginAttempt(this.dataSource, key);
    const [user] = (await this.dataSource.query(`SELECT * FROM users WHERE login = $1`, [login.trim().toLowerCase()])) as UserRow[];
    const valid = await verifyPassword(user?.password_hash ?? (await dummyPasswordHash()), password);
    // The reserved attempt stays recorded as a failure; unknown, wrong and inactive look alike.
    if (!user || !valid || !user.active) throw new DomainError('INVALID_CREDENTIALS');
    await clearLoginFailures(this.dataSource, key);
    if (previousToken) await this.sessions.destroyToken(previousToken);
    const { token, csrfToken } = await this.sessions.create(user.id);
    const actor: Actor = {
      id: user.id,
      login: user.login,
      displayName: user.display_name,
      roles: user.roles,
      departmentIds: user.department_ids,
    };
    await this.dataSource.transaction((m) =>
      this.audit.append(m, actor, { action: 'auth.login', subjectType: 'user', subjectId: user.id }),
    );
    return { token, csrfToken, user: actor };
  }

  async logout(actor: Actor, tokenHash: string): Promise<void> {
    await this.sessions.destroy(tokenHash);
    await this.dataSource.transaction((m) =>
      this.audit.append(m, actor, { action: 'auth.logout', subjectType: 'user', subjectId: actor.id }),
    );
  }
}
