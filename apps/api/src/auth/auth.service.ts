import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DomainError, type LoginResponse } from '@bsc/domain';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/auth/actor';
import { dummyPasswordHash, verifyPassword } from './password-hashing';
import { clearLoginFailures, reserveLoginAttempt, throttleKey } from './login-throttle';
import { User } from '../users/user.entity';
import { SessionsService } from './sessions.service';

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
    // The hash is not selected by default (select: false), so that no other read can leak it.
    const user = await this.dataSource.manager
      .createQueryBuilder(User, 'u')
      .addSelect('u.passwordHash')
      .where('u.login = :login', { login: login.trim().toLowerCase() })
      .getOne();
    const valid = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
    // The reserved attempt stays recorded as a failure; unknown, wrong and inactive look alike.
    if (!user || !valid || !user.active) throw new DomainError('INVALID_CREDENTIALS');
    await clearLoginFailures(this.dataSource, key);
    if (previousToken) await this.sessions.destroyToken(previousToken);
    const { token, csrfToken } = await this.sessions.create(user.id);
    const actor: Actor = {
      id: user.id,
      login: user.login,
      displayName: user.displayName,
      roles: user.roles,
      departmentIds: user.departmentIds,
    };
    await this.dataSource.transaction((m) =>
      this.audit.append(m, actor, { action: 'auth.login', subjectType: 'user', subjectId: user.id }),
    );
    return { token, csrfToken, user: actor, idleTimeoutSeconds: this.sessions.idleTimeoutSeconds };
  }

  /** The session as GET /auth/me reports it. */
  current(actor: Actor, csrfToken: string): LoginResponse {
    return { user: actor, csrfToken, idleTimeoutSeconds: this.sessions.idleTimeoutSeconds };
  }

  /** Keeps the session alive: an explicit request of the user, not a side effect of a read. */
  async refresh(actor: Actor, tokenHash: string, csrfToken: string): Promise<LoginResponse> {
    await this.sessions.touch(tokenHash);
    return this.current(actor, csrfToken);
  }

  async logout(actor: Actor, tokenHash: string): Promise<void> {
    await this.sessions.destroy(tokenHash);
    await this.dataSource.transaction((m) =>
      this.audit.append(m, actor, { action: 'auth.logout', subjectType: 'user', subjectId: actor.id }),
    );
  }
}
