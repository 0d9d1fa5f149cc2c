// The user form's state, its checks and the request bodies for POST and PUT /users.
import { CatalogueLimits, ROLES, type Role } from '@bsc/domain';
import type { AdminUser, CreateUserRequest, UpdateUserRequest } from '../api/users-api';
import { adminMessages } from '../messages';

const m = adminMessages.users;

/** What the user form edits; `password` is the new password when editing ('' keeps the old one). */
export interface UserDraft {
  login: string;
  displayName: string;
  password: string;
  roles: Role[];
  departmentIds: string[];
  active: boolean;
}

/** Field errors of the user form. */
export type UserErrors = Partial<Record<'login' | 'displayName' | 'password' | 'roles', string>>;

/** Form state for a new user (agent by default) or an existing one. */
export function draftFromUser(user?: AdminUser): UserDraft {
  if (!user) return { login: '', displayName: '', password: '', roles: ['agent'], departmentIds: [], active: true };
  return {
    login: user.login,
    displayName: user.displayName,
    password: '',
    roles: [...user.roles],
    departmentIds: [...user.departmentIds],
    active: user.active,
  };
}

/** Adds or removes a value, keeping the canonical order of `order` when given. */
export function toggle<T>(values: readonly T[], value: T, on: boolean, order?: readonly T[]): T[] {
  const next = on ? [...new Set([...values, value])] : values.filter((v) => v !== value);
  return order ? order.filter((v) => next.includes(v)) : next;
}

/** Roles in the order of ROLES, whatever order they were ticked in. */
export const toggleRole = (roles: readonly Role[], role: Role, on: boolean) => toggle(roles, role, on, ROLES);

/** Checks the draft; `creating` requires login and password, editing an optional password. */
export function checkUserDraft(draft: UserDraft, creating: boolean): UserErrors {
  const errors: UserErrors = {};
  if (creating && !CatalogueLimits.loginPattern.test(draft.login.trim())) errors.login = m.loginInvalid;
  if (!draft.displayName.trim()) errors.displayName = adminMessages.fieldRequired;
  if ((creating || draft.password !== '') && draft.password.length < CatalogueLimits.passwordMin) {
    errors.password = m.passwordTooShort(CatalogueLimits.passwordMin);
  }
  if (draft.roles.length === 0) errors.roles = m.rolesRequired;
  return errors;
}

/** Body of POST /users. */
export function toCreateRequest(draft: UserDraft): CreateUserRequest {
  return {
    login: draft.login.trim(),
    displayName: draft.displayName.trim(),
    password: draft.password,
    roles: draft.roles,
    departmentIds: draft.departmentIds,
  };
}

/** Body of PUT /users/:id; the password only when a new one was typed. */
export function toUpdateRequest(draft: UserDraft): UpdateUserRequest {
  const request: UpdateUserRequest = {
    displayName: draft.displayName.trim(),
    roles: draft.roles,
    departmentIds: draft.departmentIds,
    active: draft.active,
  };
  return draft.password === '' ? request : { ...request, password: draft.password };
}
