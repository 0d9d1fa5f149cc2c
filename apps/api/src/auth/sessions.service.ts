import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DomainError, ROLES, SESSION_TOUCH_INTERVAL_SECONDS } from '@bsc/domain';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import type { Actor } from '../common/auth/actor';
import { allOf, queryRows } from '../database/typed-rows';

/** Name of the httpOnly session cookie. */
export const SESSION_COOKIE = 'bsc_session';

/** A resolved, valid session. */
export interface ResolvedSession {
  actor: Actor;
  csrfToken: string;
  tokenHash: string;
}

/** A session joined with its user, as resolve() reads it. */
const SESSION_ROW = {
  token_hash: 'text',
  csrf_token: 'text',
  created_at: 'timestamptz',
  last_seen_at: 'timestamptz',
  expires_at: 'timestamptz',
  id: 'text',
  login: 'text',
  display_name: 'text',
  roles: allOf(ROLES),
  department_ids: 'text[]',
  active: 'bool',
} as const;

// last_seen_at is written at most once a minute: reads stay reads.
const TOUCH_AFTER_MS = SESSION_TOUCH_INTERVAL_SECONDS * 1000;

/** Server-side sessions in PostgreSQL: the cookie carries a random token, the table only its hash. */
@Injectable()
export class SessionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async create(userId: string): Promise<{ token: string; csrfToken: string }> {
    await this.purgeExpired();
    const token = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(32).toString('hex');
    const expiresAt = new Date(Date.now() + this.config.SESSION_ABSOLUTE_HOURS * 3600_000);
    await this.dataSource.query(`INSERT INTO sessions (token_hash, user_id, csrf_token, expires_at) VALUES ($1, $2, $3, $4)`, [
      hashToken(token),
      userId,
      csrfToken,
      expiresAt,
    ]);
    return { token, csrfToken };
  }

  /** `touch: false` for requests the app sends by itself: they do not count as activity. */
  async resolve(token: string, { touch = true }: { touch?: boolean } = {}): Promise<ResolvedSession> {
    const tokenHash = hashToken(token);
    const [row] = await queryRows(
      this.dataSource,
      SESSION_ROW,
      `SELECT s.token_hash, s.csrf_token, s.created_at, s.last_seen_at, s.expires_at,
              u.id, u.login, u.display_name, u.roles, u.department_ids, u.active
         FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = $1`,
      [tokenHash],
    );
    if (!row || !row.active) throw new DomainError('UNAUTHENTICATED');
    const now = Date.now();
    const idleLimit = row.last_seen_at.getTime() + this.config.SESSION_IDLE_MINUTES * 60_000;
    if (now > row.expires_at.getTime() || now > idleLimit) {
      await this.destroy(tokenHash);
      throw new DomainError('SESSION_EXPIRED');
    }
    if (touch && now - row.last_seen_at.getTime() > TOUCH_AFTER_MS) {
      await this.dataSource.query(`UPDATE sessions SET last_seen_at = now() WHERE token_hash = $1`, [tokenHash]);
    }
    return {
      tokenHash,
      csrfToken: row.csrf_token,
      actor: { id: row.id, login: row.login, displayName: row.display_name, roles: row.roles, departmentIds: row.department_ids },
    };
  }

  /** Seconds without a request after which a session ends. */
  get idleTimeoutSeconds(): number {
    return this.config.SESSION_IDLE_MINUTES * 60;
  }

  /** Records activity now ("Angemeldet bleiben"): the idle timeout starts again. */
  async touch(tokenHash: string): Promise<void> {
    await this.dataSource.query(`UPDATE sessions SET last_seen_at = now() WHERE token_hash = $1`, [tokenHash]);
  }

  async destroy(tokenHash: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM sessions WHERE token_hash = $1`, [tokenHash]);
  }

  /** Ends the session of a raw cookie token (unknown tokens are ignored). */
  async destroyToken(token: string): Promise<void> {
    await this.destroy(hashToken(token));
  }

  async destroyAllOf(userId: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM sessions WHERE user_id = $1`, [userId]);
  }

  // Expired sessions nobody presents again would otherwise stay in the table for ever.
  private async purgeExpired(): Promise<void> {
    await this.dataSource.query(`DELETE FROM sessions WHERE expires_at < now() OR last_seen_at < now() - make_interval(mins => $1)`, [
      this.config.SESSION_IDLE_MINUTES,
    ]);
  }
}

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
