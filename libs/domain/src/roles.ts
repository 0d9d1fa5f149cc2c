/**
 * Roles a user can hold; a user may hold several. `bsc_lead` steers the BSC and sees the
 * first-contact figures of every department; `department_lead` sees those of their departments.
 */
export const ROLES = ['agent', 'author', 'reviewer', 'admin', 'bsc_lead', 'department_lead'] as const;
/** A role. */
export type Role = (typeof ROLES)[number];

/** Permissions checked by the API guard; department scoping is checked separately. */
export const PERMISSIONS = [
  'content:read',
  'search:use',
  'feedback:create',
  'article:write',
  'article:review',
  'article:verify',
  'feedback:resolve',
  'department:manage',
  'document:manage',
  'user:manage',
  'synonym:manage',
  'audit:read',
  'analytics:read',
  'search:reindex',
  'contact:record',
  'contact:read',
  'authority:manage',
  'content_gap:manage',
] as const;
/** A permission. */
export type Permission = (typeof PERMISSIONS)[number];

const agent: Permission[] = ['content:read', 'search:use', 'feedback:create', 'contact:record'];
// Leads also search and record contacts: they often stand in at the counter themselves.
// Leads also see what citizens ask that no article answers (content gaps), to steer writing.
const lead: Permission[] = [...agent, 'contact:read', 'content_gap:manage'];
const author: Permission[] = [...agent, 'article:write', 'article:verify', 'feedback:resolve'];
const reviewer: Permission[] = [...author, 'article:review'];

/** Which permissions each role grants. Admins hold all of them. */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  agent,
  author,
  reviewer,
  admin: PERMISSIONS,
  bsc_lead: lead,
  department_lead: lead,
};

/** Whether any of the roles grants the permission. */
export function hasPermission(roles: readonly Role[], permission: Permission): boolean {
  return roles.some((role) => ROLE_PERMISSIONS[role].includes(permission));
}

/** Permissions that are scoped to the departments a user belongs to (admins are unscoped). */
export const DEPARTMENT_SCOPED: readonly Permission[] = ['article:write', 'article:review', 'article:verify', 'feedback:resolve'];
