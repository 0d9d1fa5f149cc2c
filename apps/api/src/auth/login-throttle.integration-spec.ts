import type { ApiErrorBody } from '@bsc/domain';
import { SessionClient } from '../../testing/security/session-client';
import { createUser, type TestUser } from '../../testing/factories';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { LOGIN_FAILURES_ALLOWED } from './login-throttle';

describe('Login throttling', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  // The test talks to the API over loopback, a trusted proxy: X-Forwarded-For names the client.
  async function attempt(user: TestUser, password: string, ip: string): Promise<{ status: number; code?: string }> {
    const response = await new SessionClient(t.baseUrl).send('POST', '/api/v1/auth/login', {
      body: JSON.stringify({ login: user.login, password }),
      headers: { 'x-forwarded-for': ip },
    });
    return { status: response.status, code: (response.json as ApiErrorBody | undefined)?.code };
  }

  it(`refuses the login after ${LOGIN_FAILURES_ALLOWED} failures per minute with 429, even with the right password`, async () => {
    const user = await createUser(t, ['agent']);
    for (let i = 0; i < LOGIN_FAILURES_ALLOWED; i += 1) {
      expect(await attempt(user, 'falsches-Passwort', '203.0.113.7')).toEqual({ status: 401, code: 'INVALID_CREDENTIALS' });
    }
    expect(await attempt(user, 'falsches-Passwort', '203.0.113.7')).toEqual({ status: 429, code: 'TOO_MANY_LOGIN_ATTEMPTS' });
    expect(await attempt(user, user.password, '203.0.113.7')).toEqual({ status: 429, code: 'TOO_MANY_LOGIN_ATTEMPTS' });
  });

  it('throttles per login and client address: the same user from another address may log in', async () => {
    const user = await createUser(t, ['agent']);
    for (let i = 0; i <= LOGIN_FAILURES_ALLOWED; i += 1) await attempt(user, 'falsch', '203.0.113.8');
    expect((await attempt(user, user.password, '203.0.113.9')).status).toBe(200);
  });

  it('lets the user in again once the failures are older than a minute', async () => {
    const user = await createUser(t, ['agent']);
    for (let i = 0; i <= LOGIN_FAILURES_ALLOWED; i += 1) await attempt(user, 'falsch', '203.0.113.10');
    await t.db.query(`UPDATE login_failures SET at = at - interval '61 seconds' WHERE throttle_key LIKE $1`, [`${user.login}|%`]);
    expect((await attempt(user, user.password, '203.0.113.10')).status).toBe(200);
  });

  it('does not let parallel guesses slip past the limit', async () => {
    const user = await createUser(t, ['agent']);
    const results = await Promise.all(Array.from({ length: 12 }, () => attempt(user, 'falsch', '203.0.113.11')));
    const checked = results.filter((r) => r.code === 'INVALID_CREDENTIALS').length;
    expect(checked).toBeLessThanOrEqual(LOGIN_FAILURES_ALLOWED);
    expect(results.filter((r) => r.code === 'TOO_MANY_LOGIN_ATTEMPTS').length).toBe(12 - checked);
  });

  it('answers an unknown login exactly like a wrong password (no user enumeration)', async () => {
    const response = await new SessionClient(t.baseUrl).send('POST', '/api/v1/auth/login', {
      body: JSON.stringify({ login: 'gibt-es-nicht', password: 'irgendetwas' }),
      headers: { 'x-forwarded-for': '203.0.113.12' },
    });
    expect(response.status).toBe(401);
    expect((response.json as ApiErrorBody).code).toBe('INVALID_CREDENTIALS');
  });

  it('clears the failures of a login and address after a successful login', async () => {
    const user = await createUser(t, ['agent']);
    for (let i = 0; i < LOGIN_FAILURES_ALLOWED - 1; i += 1) await attempt(user, 'falsch', '203.0.113.13');
    expect((await attempt(user, user.password, '203.0.113.13')).status).toBe(200);
    const [{ n }] = (await t.db.query(`SELECT count(*)::int AS n FROM login_failures WHERE throttle_key = $1`, [
      `${user.login}|203.0.113.13`,
    ])) as { n: number }[];
    expect(n).toBe(0);
  });
});
