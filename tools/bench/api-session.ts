import type { LoginResponse } from '@bsc/domain';
import http from 'node:http';

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

  /** `extraHeaders`: e.g. x-bench-request, by which the API probe finds the request again. */
  async call<T>(
    method: 'GET' | 'POST' | 'PUT',
    path: string,
    body?: unknown,
    extraHeaders: Record<string, string> = {},
  ): Promise<ApiAnswer<T>> {
    const headers: Record<string, string> = { ...extraHeaders, cookie: this.cookieHeader };
    if (method !== 'GET') headers['x-csrf-token'] = this.csrfToken;
    const payload = body === undefined ? undefined : JSON.stringify(body);
    if (payload !== undefined) headers['content-type'] = 'application/json';
    const answer = await send(new URL(path, this.baseUrl), method, headers, payload);
    return { status: answer.status, body: (answer.text ? JSON.parse(answer.text) : undefined) as T };
  }
}

// node:http with kept-alive connections instead of fetch: the load generator shares the two cores
// with the server, and fetch (undici) cost it 2.7 ms of CPU per recording, nearly as much as the
// API's 3.4 ms (bench:contacts, closed loop).
const keepAlive = new http.Agent({ keepAlive: true });

function send(
  url: URL,
  method: string,
  headers: Record<string, string>,
  payload: string | undefined,
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method, headers, agent: keepAlive }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end(payload);
  });
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

/** Polls /api/v1/health until outbox.pending = 0. */
export async function waitForEmptyOutbox(apiUrl: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const health = await readOutboxHealth(apiUrl).catch(() => undefined);
    if (health?.pending === 0) return;
    if (Date.now() > deadline) throw new Error(`outbox not empty after ${timeoutMs / 1000} s: ${JSON.stringify(health)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
