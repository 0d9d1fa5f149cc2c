import type { Role } from '@bsc/domain';
import { queryOptions } from '@tanstack/react-query';
import { http } from '../../../api/http';

/**
 * A user as GET /users returns it. The API declares this shape in apps/api (UsersService's
 * UserView), not yet in @bsc/domain; it belongs there so both sides share one declaration.
 */
export interface AdminUser {
  id: string;
  login: string;
  displayName: string;
  roles: Role[];
  departmentIds: string[];
  active: boolean;
}

/** Body of POST /users. */
export interface CreateUserRequest {
  login: string;
  displayName: string;
  password: string;
  roles: Role[];
  departmentIds: string[];
}

/** Body of PUT /users/:id; without `password` the password stays. */
export interface UpdateUserRequest {
  displayName: string;
  roles: Role[];
  departmentIds: string[];
  active: boolean;
  password?: string;
}

/** Query key of the user list. */
export const usersKey = ['users'] as const;

/** GET /users as query options. */
export const usersQuery = () => queryOptions({ queryKey: usersKey, queryFn: ({ signal }) => http.get<AdminUser[]>('/users', { signal }) });

/** POST /users */
export const createUser = (request: CreateUserRequest) => http.post<AdminUser>('/users', request);

/** PUT /users/:id */
export const updateUser = (id: string, request: UpdateUserRequest) => http.put<AdminUser>(`/users/${encodeURIComponent(id)}`, request);
