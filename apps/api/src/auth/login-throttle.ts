import { DomainError } from '@bsc/domain';
import type { DataSource } from 'typeorm';
import { queryOne } from '../database/typed-rows';

/** Failures allowed per login and client address within the window before logins are refused. */
export const LOGIN_FAILURES_ALLOWED = 5;
/** Length of the throttling window. */
export const LOGIN_WINDOW_SECONDS = 60;

/**
 * Reserves an attempt for the key before the password is checked, and refuses it with
 * TOO_MANY_LOGIN_ATTEMPTS when the window is used up. Recording first and counting afterwards
 * closes the race of many parallel guesses that would all pass a check-then-record throttle:
 * the k-th concurrent attempt always counts at least k rows. Returns the attempt's id.
 */
export async function reserveLoginAttempt(dataSource: DataSource, key: string): Promise<string> {
  const { id } = await queryOne(dataSource, { id: 'text' }, `INSERT INTO login_failures (throttle_key) VALUES ($1) RETURNING id`, [key]);
  const { attempts } = await queryOne(
    dataSource,
    { attempts: 'int' },
    `SELECT count(*)::int AS attempts FROM login_failures WHERE throttle_key = $1 AND at > now() - make_interval(secs => $2)`,
    [key, LOGIN_WINDOW_SECONDS],
  );
  if (attempts > LOGIN_FAILURES_ALLOWED) {
    // A refused attempt is not a failure of its own: hammering does not extend the window.
    await dataSource.query(`DELETE FROM login_failures WHERE id = $1`, [id]);
    throw new DomainError('TOO_MANY_LOGIN_ATTEMPTS');
  }
  return id;
}

/** A successful login clears the key's failures; old rows of all keys are forgotten on the way. */
export async function clearLoginFailures(dataSource: DataSource, key: string): Promise<void> {
  await dataSource.query(`DELETE FROM login_failures WHERE throttle_key = $1 OR at < now() - interval '1 hour'`, [key]);
}

/** Throttle key: login (case-insensitive) and client address. */
export function throttleKey(login: string, ip: string | undefined): string {
  return `${login.trim().toLowerCase().slice(0, 64)}|${ip ?? 'unknown'}`;
}
