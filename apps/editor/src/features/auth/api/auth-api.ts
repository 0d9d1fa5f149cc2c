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

/** GET /auth/me */
export function fetchSession(signal?: AbortSignal): Promise<LoginResponse> {
  return http.get<LoginResponse>('/auth/me', { signal });
}
