import type { CreateUserRequest, UpdateUserRequest, UserView } from '@bsc/domain';
import { queryOptions } from '@tanstack/react-query';
import { http } from '../../../api/http';

/** A user as GET /users returns it. */
export type AdminUser = UserView;
export type { CreateUserRequest, UpdateUserRequest };

/** Query key of the user list. */
export const usersKey = ['users'] as const;

/** GET /users as query options. */
export const usersQuery = () => queryOptions({ queryKey: usersKey, queryFn: ({ signal }) => http.get<AdminUser[]>('/users', { signal }) });

/** POST /users */
export const createUser = (request: CreateUserRequest) => http.post<AdminUser>('/users', request);

/** PUT /users/:id */
export const updateUser = (id: string, request: UpdateUserRequest) => http.put<AdminUser>(`/users/${encodeURIComponent(id)}`, request);
