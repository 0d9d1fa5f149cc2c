import type { LoginResponse } from '@bsc/domain';

/** An answer of the API: status and parsed JSON (undefined for empty bodies). */
export interface ApiAnswer<T> {
  status: number;
  body: T;
}

/**
 * A logged-in user as the browser would be: the session cookie on every request, the CSRF
 * token on writes. Exposes the cookie so that autocannon can send the same session.
 */
export class ApiSession {
  private constructor(
    readonly baseUrl: string,
    readonly cookieHeader: string,
    private readonly csrfToken: string,
  ) {}

  static async login(baseUrl: string, login: string, password: string): Promise<ApiSession> {
    const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login, password }),
    });
    const body = (await response.json()) as LoginResponse;
    const cookie = response.headers.get('set-cookie')?.split(';')[0];
    if (response.status !== 200 || !cookie) throw new Error(`login of ${login} failed: HTTP ${response.status}`);
    return new ApiSession(baseUrl, cookie, body.csrfToken);
  }

  get<T>(path: string): Promise<ApiAnswer<T>> {
    return this.call<T>('GET', path);
  }

  async call<T>(method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown): Promise<ApiAnswer<T>> {
    const headers: Record<string, string> = { cookie: this.cookieHeader };
    if (method !== 'GET') headers['x-csrf-token'] = this.csrfToken;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
  }
}

/** Outbox lag as GET /api/v1/health reports it (also when the check answers 503). */
export interface OutboxHealth {
  status: number;
  pending: number;
  failing: number;
  oldestSeconds: number;
}

/** Reads the outbox figures from the public health endpoint. */
export async function readOutboxHealth(baseUrl: string): Promise<OutboxHealth> {
  const response = await fetch(`${baseUrl}/api/v1/health`, { signal: AbortSignal.timeout(10_000) });
  const body = (await response.json()) as { details?: { outbox?: { pending?: number; failing?: number; oldestSeconds?: number } } };
  const outbox = body.details?.outbox ?? {};
  return {
    status: response.status,
    pending: outbox.pending ?? Number.NaN,
    failing: outbox.failing ?? Number.NaN,
    oldestSeconds: outbox.oldestSeconds ?? Number.NaN,
  };
}
