import type { ApiErrorBody, LoginResponse } from '@bsc/domain';

/** A response as tests inspect it. */
export interface ApiResponse<T> {
  status: number;
  body: T;
  headers: Headers;
}

/** A tiny HTTP client that behaves like the browser: session cookie plus CSRF header on writes. */
export class ApiClient {
  private cookie = '';
  private csrfToken = '';

  constructor(private readonly baseUrl: string) {}

  async login(login: string, password: string): Promise<ApiResponse<LoginResponse>> {
    const response = await this.request<LoginResponse>('POST', '/api/v1/auth/login', { login, password });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0];
    if (response.status === 200) this.csrfToken = response.body.csrfToken;
    return response;
  }

  get<T>(path: string): Promise<ApiResponse<T>> {
    return this.request<T>('GET', path);
  }
  post<T>(path: string, body?: unknown): Promise<ApiResponse<T>> {
    return this.request<T>('POST', path, body);
  }
  put<T>(path: string, body?: unknown): Promise<ApiResponse<T>> {
    return this.request<T>('PUT', path, body);
  }
  delete<T>(path: string): Promise<ApiResponse<T>> {
    return this.request<T>('DELETE', path);
  }

  /** Sends a raw body with any content type (fuzzing, wrong content types). */
  async raw(
    method: string,
    path: string,
    body: string | Uint8Array | undefined,
    contentType = 'application/json',
  ): Promise<ApiResponse<ApiErrorBody>> {
    const headers: Record<string, string> = { 'content-type': contentType };
    if (this.cookie) headers.cookie = this.cookie;
    if (this.csrfToken) headers['x-csrf-token'] = this.csrfToken;
    // A copy on its own ArrayBuffer: fetch's BodyInit takes no view of a SharedArrayBuffer.
    const payload = typeof body === 'string' || body === undefined ? body : new Uint8Array(body);
    const response = await fetch(`${this.baseUrl}${path}`, { method, headers, body: payload });
    return { status: response.status, body: (await parseBody(response)) as ApiErrorBody, headers: response.headers };
  }

  async request<T>(method: string, path: string, body?: unknown): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = {};
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (this.cookie) headers.cookie = this.cookie;
    if (this.csrfToken && method !== 'GET') headers['x-csrf-token'] = this.csrfToken;
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: (await parseBody(response)) as T, headers: response.headers };
  }
}

async function parseBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
