import { ApiError } from '../../api/api-error';
import { authMessages as m } from './messages';

/** Messages at the login form's fields; an absent key means the field is fine. */
export interface LoginFieldErrors {
  login?: string;
  password?: string;
}

/** Which fields to fill before the form is sent. */
export function missingLoginFields(login: string, password: string): LoginFieldErrors {
  return {
    ...(login.trim() ? {} : { login: m.loginRequired }),
    ...(password ? {} : { password: m.passwordRequired }),
  };
}

/**
 * Where a refused login points the user: wrong credentials mark the password (the one field a
 * user mistypes unseen); any other failure (server down) is no fault of the fields.
 */
export function loginFailureFields(error: unknown): LoginFieldErrors {
  return error instanceof ApiError && error.code === 'INVALID_CREDENTIALS' ? { password: m.passwordRetry } : {};
}
