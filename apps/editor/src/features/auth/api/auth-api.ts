import type { LoginResponse } from '@bsc/domain';
import { http } from '../../../api/http';

/** Credentials of the login form. */
export interface LoginRequest {
  login: string;
  password: string;
}

/** POST /auth/login */
export function login(credentials: LoginRequest): Promise<LoginResponse> {
  return http.post<LoginResponse>('/auth/login', credentials);
}

/** POST /auth/logout */
export function logout(): Promise<void> {
  return http.post<void>('/auth/logout');
}

/** POST /auth/refresh: restarts the session's idle timeout. */
export function refresh(): Promise<LoginResponse> {
  return http.post<LoginResponse>('/auth/refresh');
}

/** GET /auth/me */
export function fetchSession(signal?: AbortSignal): Promise<LoginResponse> {
  return http.get<LoginResponse>('/auth/me', { signal });
}
