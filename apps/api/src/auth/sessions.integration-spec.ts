import type { ApiErrorBody, LoginResponse } from '@bsc/domain';
import { createHash } from 'node:crypto';
import { queryRows } from '../database/typed-rows';
import { SessionClient } from '../../testing/security/session-client';
import { createUser, type TestUser } from '../../testing/factories';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { SESSION_COOKIE } from './sessions.service';

interface LoggedIn {
  token: string;
  csrfToken: string;
  setCookie: string;
  client: SessionClient;
}

describe('Sessions', () => {
  let t: TestApp;
  let user: TestUser;

  beforeAll(async () => {
    t = await createTestApp({ env: { SESSION_IDLE_MINUTES: '30', SESSION_ABSOLUTE_HOURS: '8' } });
    user = await createUser(t, ['author']);
  });
  afterAll(() => t.close());

  async function login(headers: Record<string, string> = {}): Promise<LoggedIn> {
    const response = await new SessionClient(t.baseUrl).send('POST', '/api/v1/auth/login', {
      body: JSON.stringify({ login: user.login, password: user.password }),
      headers,
    });
    expect(response.status).toBe(200);
    const setCookie = response.headers.get('set-cookie') ?? '';
    const token = new RegExp(`${SESSION_COOKIE}=([^;]+)`).exec(setCookie)?.[1] ?? '';
    const { csrfToken } = response.json as LoginResponse;
    return { token, csrfToken, setCookie, client: new SessionClient(t.baseUrl, token, csrfToken) };
  }

  async function meStatus(client: SessionClient): Promise<{ status: number; code?: string }> {
    const response = await client.send('GET', '/api/v1/auth/me');
    return { status: response.status, code: (response.json as ApiErrorBody | undefined)?.code };
  }

  it('sets an httpOnly, SameSite=Lax cookie for the whole site, without Secure over plain HTTP', async () => {
    const { setCookie } = await login();
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).toMatch(/Path=\//);
    expect(setCookie).toMatch(/Max-Age=28800/);
    expect(setCookie).not.toMatch(/Secure/i);
  });

  it('marks the cookie Secure when a trusted proxy reports TLS (X-Forwarded-Proto: https)', async () => {
    const { setCookie } = await login({ 'x-forwarded-proto': 'https' });
    expect(setCookie).toMatch(/;\s*Secure/i);
  });

  it('stores only a hash of the token in the database', async () => {
    const { token } = await login();
    const rows = (await t.db.query(`SELECT token_hash FROM sessions WHERE token_hash = $1`, [token])) as unknown[];
    expect(rows).toHaveLength(0);
    expect(await meStatus(new SessionClient(t.baseUrl, token))).toEqual({ status: 200, code: undefined });
  });

  it('ends a session idle longer than SESSION_IDLE_MINUTES (401 SESSION_EXPIRED) and removes it', async () => {
    const session = await login();
    await t.db.query(`UPDATE sessions SET last_seen_at = now() - interval '31 minutes' WHERE user_id = $1`, [user.id]);
    expect(await meStatus(session.client)).toEqual({ status: 401, code: 'SESSION_EXPIRED' });
    expect(await meStatus(session.client)).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
  });

  it('tells the client its idle timeout, and "Angemeldet bleiben" (POST /auth/refresh) restarts it', async () => {
    const session = await login();
    const me = await session.client.send('GET', '/api/v1/auth/me');
    expect((me.json as LoginResponse).idleTimeoutSeconds).toBe(30 * 60);
    // 29 of 30 minutes idle: a plain read records activity only once a minute, refresh always.
    await t.db.query(`UPDATE sessions SET last_seen_at = now() - interval '29 minutes' WHERE user_id = $1`, [user.id]);
    const refreshed = await session.client.send('POST', '/api/v1/auth/refresh');
    expect(refreshed.status).toBe(200);
    expect(refreshed.json).toMatchObject({ user: { id: user.id }, csrfToken: session.csrfToken, idleTimeoutSeconds: 1800 });
    const [{ idle }] = await queryRows(
      t.db,
      { idle: 'int' },
      `SELECT extract(epoch FROM now() - last_seen_at)::int AS idle FROM sessions WHERE token_hash = $1`,
      [createHash('sha256').update(session.token).digest('hex')],
    );
    expect(idle).toBeLessThan(60);
    // Two more minutes would have ended the old idle period; the refreshed session lives on.
    await t.db.query(`UPDATE sessions SET last_seen_at = last_seen_at - interval '2 minutes' WHERE user_id = $1`, [user.id]);
    expect(await meStatus(session.client)).toEqual({ status: 200, code: undefined });
  });

  it('does not count background requests (notification polling) as activity', async () => {
    const session = await login();
    await t.db.query(`UPDATE sessions SET last_seen_at = now() - interval '29 minutes' WHERE user_id = $1`, [user.id]);
    const polled = await session.client.send('GET', '/api/v1/notifications', { headers: { 'x-background-request': '1' } });
    expect(polled.status).toBe(200);
    await t.db.query(`UPDATE sessions SET last_seen_at = last_seen_at - interval '2 minutes' WHERE user_id = $1`, [user.id]);
    expect(await meStatus(session.client)).toEqual({ status: 401, code: 'SESSION_EXPIRED' });
  });

  it('refuses a refresh without the CSRF token (403) and of an expired session (401 SESSION_EXPIRED)', async () => {
    const session = await login();
    const noCsrf = await new SessionClient(t.baseUrl, session.token).send('POST', '/api/v1/auth/refresh');
    expect(noCsrf.status).toBe(403);
    await t.db.query(`UPDATE sessions SET last_seen_at = now() - interval '31 minutes' WHERE user_id = $1`, [user.id]);
    const expired = await session.client.send('POST', '/api/v1/auth/refresh');
    expect([expired.status, (expired.json as ApiErrorBody).code]).toEqual([401, 'SESSION_EXPIRED']);
  });

  it('keeps an active session alive and records the activity', async () => {
    const session = await login();
    await t.db.query(`UPDATE sessions SET last_seen_at = now() - interval '29 minutes' WHERE user_id = $1`, [user.id]);
    expect((await meStatus(session.client)).status).toBe(200);
    const [{ idle }] = (await t.db.query(
      `SELECT min(extract(epoch FROM now() - last_seen_at))::int AS idle FROM sessions WHERE user_id = $1`,
      [user.id],
    )) as { idle: number }[];
    expect(idle).toBeLessThan(60);
  });

  it('ends a session after the absolute lifetime even when it is in use (401 SESSION_EXPIRED)', async () => {
    const session = await login();
    await t.db.query(`UPDATE sessions SET expires_at = now() - interval '1 second', last_seen_at = now() WHERE user_id = $1`, [user.id]);
    expect(await meStatus(session.client)).toEqual({ status: 401, code: 'SESSION_EXPIRED' });
  });

  it('invalidates the session on logout: the old cookie gets 401', async () => {
    const session = await login();
    const logout = await session.client.send('POST', '/api/v1/auth/logout');
    expect(logout.status).toBe(204);
    expect(logout.headers.get('set-cookie')).toMatch(new RegExp(`${SESSION_COOKIE}=;.*Expires=Thu, 01 Jan 1970`, 'i'));
    expect(await meStatus(session.client)).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
  });

  it('issues a new session id at login and does not adopt a cookie set before login (fixation)', async () => {
    const planted = 'attacker-chosen-session-id-0123456789abcdef';
    const session = await login({ cookie: `${SESSION_COOKIE}=${planted}` });
    expect(session.token).not.toBe(planted);
    expect(await meStatus(new SessionClient(t.baseUrl, planted))).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
    expect((await meStatus(session.client)).status).toBe(200);
  });

  it('ends the session the browser held before a new login', async () => {
    const first = await login();
    const second = await login({ cookie: `${SESSION_COOKIE}=${first.token}` });
    expect(second.token).not.toBe(first.token);
    expect((await meStatus(first.client)).status).toBe(401);
    expect((await meStatus(second.client)).status).toBe(200);
  });

  it('refuses a write without the CSRF token (403 CSRF_TOKEN_INVALID) and with a wrong one', async () => {
    const session = await login();
    const withoutToken = new SessionClient(t.baseUrl, session.token);
    const wrongToken = new SessionClient(t.baseUrl, session.token, 'f'.repeat(64));
    for (const client of [withoutToken, wrongToken]) {
      const response = await client.json('POST', '/api/v1/auth/logout', {});
      expect(response.status).toBe(403);
      expect((response.json as ApiErrorBody).code).toBe('CSRF_TOKEN_INVALID');
    }
    expect((await meStatus(session.client)).status).toBe(200);
  });

  it('refuses form posts, the classic cross-site request, before any handler runs (UNSUPPORTED_MEDIA_TYPE)', async () => {
    const response = await new SessionClient(t.baseUrl).send('POST', '/api/v1/auth/login', {
      body: `login=${user.login}&password=${encodeURIComponent(user.password)}`,
      contentType: 'application/x-www-form-urlencoded',
    });
    expect(response.status).toBe(415);
    expect((response.json as ApiErrorBody).code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('ends all sessions of a user who is deactivated', async () => {
    const other = await createUser(t, ['agent']);
    const client = await other.client();
    await t.db.query(`UPDATE users SET active = false WHERE id = $1`, [other.id]);
    const response = await client.get<ApiErrorBody>('/api/v1/auth/me');
    expect(response.status).toBe(401);
  });
});
