import { DomainError } from '@bsc/domain';
import type { DataSource } from 'typeorm';

/** Failures allowed per login and client address within the window before logins are refused. */
export const LOGIN_FAILURES_ALLOWED = 5;
const WINDOW = '1 minute';

/** Throws TOO_MANY_LOGIN_ATTEMPTS when the key has used up its failures in the last minute. */
export async function assertLoginAllowed(dataSource: DataSource, key: string): Promise<void> {
  const [row] = (await dataSource.query(
    `SELECT count(*)::int AS failures FROM login_failures WHERE throttle_key = $1 AND at > now() - interval '${WINDOW}'`,
    [key],
  )) as { failures: number }[];
  if ((row?.failures ?? 0) >= LOGIN_FAILURES_ALLOWED) throw new DomainError('TOO_MANY_LOGIN_ATTEMPTS');
}

/** Records a failed login and forgets failures older than the window. */
export async function recordLoginFailure(dataSource: DataSource, key: string): Promise<void> {
  await dataSource.query(`DELETE FROM login_failures WHERE at < now() - interval '1 hour'`);
  await dataSource.query(`INSERT INTO login_failures (throttle_key) VALUES ($1)`, [key]);
}

/** Throttle key: login (case-insensitive) and client address. */
export function throttleKey(login: string, ip: string | undefined): string {
  return `${login.trim().toLowerCase().slice(0, 64)}|${ip ?? 'unknown'}`;
}
