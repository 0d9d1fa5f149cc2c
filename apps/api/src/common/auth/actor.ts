import type { SessionUser } from '@bsc/domain';

/** The authenticated user on whose behalf a request runs. */
export type Actor = SessionUser;

/** Whether the actor may act on content of the department (admins everywhere). */
export function actsForDepartment(actor: Actor, departmentId: string): boolean {
  return actor.roles.includes('admin') || actor.departmentIds.includes(departmentId);
}
