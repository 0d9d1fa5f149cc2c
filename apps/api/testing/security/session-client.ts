import { SESSION_COOKIE, SessionsService } from '../../src/auth/sessions.service';
import type { TestApp } from '../test-app';

/** A response with the raw text kept: security tests look at bytes and headers, not only at JSON. */
export interface RawResponse {
  status: number;
  text: string;
  json: unknown;
  headers: Headers;
}

/** What to send; `body` is sent verbatim (malformed JSON, other content types). */
export interface RawRequest {
  body?: string;
  contentType?: string;
  headers?: Record<string, string>;
}

/** An HTTP client holding one session cookie and its CSRF token (or none: anonymous). */
export class SessionClient {
  constructor(
    private readonly baseUrl: string,
    readonly cookie: string | undefined = undefined,
    readonly csrfToken: string | undefined = undefined,
  ) {}

  async send(method: string, path: string, request: RawRequest = {}): Promise<RawResponse> {
    const headers: Record<string, string> = { ...request.headers };
    if (request.body !== undefined) headers['content-type'] = request.contentType ?? 'application/json';
    if (this.cookie) headers.cookie = `${SESSION_COOKIE}=${this.cookie}`;
    if (this.csrfToken && method !== 'GET') headers['x-csrf-token'] = this.csrfToken;
    const response = await fetch(`${this.baseUrl}${path}`, { method, headers, body: request.body, redirect: 'manual' });
    const text = await response.text();
    return { status: response.status, text, json: parseJson(text), headers: response.headers };
  }

  json(method: string, path: string, body?: unknown): Promise<RawResponse> {
    return this.send(method, path, body === undefined ? {} : { body: JSON.stringify(body) });
  }
}

/**
 * A session created directly by the SessionsService: as real as one from a login, but without
 * argon2 and without an audit row, so a test can afford one per request.
 */
export async function sessionFor(t: TestApp, userId: string): Promise<SessionClient> {
  const { token, csrfToken } = await t.app.get(SessionsService).create(userId);
  return new SessionClient(t.baseUrl, token, csrfToken);
}

function parseJson(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
