import type { EntityManager } from 'typeorm';
import type { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/auth/actor';

/** Login of the system user that authors and approves imported content. */
export const IMPORT_USER_LOGIN = 'import';

// Not an argon2 hash: verification always fails, and the user is inactive anyway.
const NO_PASSWORD = '!import-cannot-log-in';

/**
 * The system actor of imports, created on first use. It can never log in (inactive, no
 * password, no roles); it exists so that versions and audit events name who wrote them.
 */
export async function ensureImportActor(m: EntityManager, audit: AuditService): Promise<Actor> {
  const [existing] = (await m.query(`SELECT id, display_name FROM users WHERE login = $1`, [IMPORT_USER_LOGIN])) as {
    id: string;
    display_name: string;
  }[];
  if (existing) return toActor(existing.id, existing.display_name);
  const displayName = 'Katalogimport (System)';
  const [row] = (await m.query(
    `INSERT INTO users (login, display_name, password_hash, roles, department_ids, active) VALUES ($1, $2, $3, '{}', '{}', false) RETURNING id`,
    [IMPORT_USER_LOGIN, displayName, NO_PASSWORD],
  )) as { id: string }[];
  const actor = toActor(row.id, displayName);
  await audit.append(m, actor, {
    action: 'user.created',
    subjectType: 'user',
    subjectId: row.id,
    details: { import: 'dldb', system: true, login: IMPORT_USER_LOGIN },
  });
  return actor;
}

function toActor(id: string, displayName: string): Actor {
  return { id, login: IMPORT_USER_LOGIN, displayName, roles: [], departmentIds: [] };
}
