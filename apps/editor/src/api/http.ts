// The one way the editor talks to the API: JSON, same-origin cookie session, CSRF header on
// writes, typed errors. The CSRF token lives in memory only (never in storage).
import { BACKGROUND_REQUEST_HEADER } from '@bsc/domain';
import { ApiError, networkError, toApiErrorBody } from './api-error';

const API_BASE = '/api/v1';
const SAFE_METHODS = new Set(['GET', 'HEAD']);

let csrfToken: string | null = null;
let unauthenticatedListener: ((code: string) => void) | null = null;
const activityListeners = new Set<() => void>();

/** Remembers the CSRF token from login or GET /auth/me (null on logout). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when any request answers 401 (with its code, e.g. SESSION_EXPIRED), so the app can show the login page. */
export function onUnauthenticated(listener: ((code: string) => void) | null): void {
  unauthenticatedListener = listener;
}

/**
 * Called after every request the server answered while the session was valid: each one counts
 * as activity for the session's idle timeout. Returns the unsubscribe function.
 */
export function onApiActivity(listener: () => void): () => void {
  activityListeners.add(listener);
  return () => activityListeners.delete(listener);
}

/** Query-string values; undefined, null and '' are left out. */
export type QueryParams = Record<string, string | number | boolean | null | undefined>;

/** Options of one request. */
export interface RequestOptions {
  query?: QueryParams;
  body?: unknown;
  signal?: AbortSignal;
  /** Lets a request outlive the page, e.g. a click event sent while navigating. */
  keepalive?: boolean;
  /** Sent by the app itself (polling), not by the user: no activity for the session's idle timeout. */
  background?: boolean;
}

/** Builds `/api/v1/<path>?<query>`. */
export function apiUrl(path: string, query?: QueryParams): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return `${API_BASE}${path}${search ? `?${search}` : ''}`;
}

function requestHeaders(method: string, hasBody: boolean, background: boolean): Headers {
  const headers = new Headers({ Accept: 'application/json' });
  if (background) headers.set(BACKGROUND_REQUEST_HEADER, '1');
  if (hasBody) headers.set('Content-Type', 'application/json');
  if (!SAFE_METHODS.has(method) && csrfToken) headers.set('x-csrf-token', csrfToken);
  return headers;
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Sends a request; resolves with the parsed JSON body (undefined for 204), throws ApiError. */
export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const hasBody = options.body !== undefined;
  let response: Response;
  try {
    response = await fetch(apiUrl(path, options.query), {
      method,
      credentials: 'same-origin',
      headers: requestHeaders(method, hasBody, options.background === true),
      body: hasBody ? JSON.stringify(options.body) : undefined,
      signal: options.signal,
      keepalive: options.keepalive,
    });
  } catch (error) {
    // An abort is not a failure: React Query and callers recognise it by name.
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw networkError();
  }
  const payload = await readJson(response);
  if (response.status !== 401 && !options.background) activityListeners.forEach((listener) => listener());
  if (!response.ok) {
    const body = toApiErrorBody(response.status, payload);
    // A 401 of login or of the session check at start-up is an answer, not a lost session.
    if (response.status === 401 && (!path.startsWith('/auth/') || path === '/auth/refresh')) unauthenticatedListener?.(body.code);
    throw new ApiError(response.status, body);
  }
  return payload as T;
}

/** Shorthands for the HTTP verbs. */
export const http = {
  get: <T>(path: string, options?: Omit<RequestOptions, 'body'>) => request<T>('GET', path, options),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('POST', path, { ...options, body }),
  put: <T>(path: string, body: unknown, options?: RequestOptions) => request<T>('PUT', path, { ...options, body }),
  delete: <T>(path: string, options?: RequestOptions) => request<T>('DELETE', path, options),
};

export { ApiError, errorMessage, hasErrorCode } from './api-error';
