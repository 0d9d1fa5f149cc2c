// Which screens a user may open. The API enforces permissions; this only decides what to show.
import { hasPermission, type Role, type SessionUser } from '@bsc/domain';

/** A predicate over the logged-in user. */
export type AccessRule = (user: SessionUser) => boolean;

/** May search and read published answers. */
export const canSearch: AccessRule = (user) => hasPermission(user.roles, 'search:use');
/** May write articles of own departments. */
export const canWrite: AccessRule = (user) => hasPermission(user.roles, 'article:write');
/** May approve or reject drafts. */
export const canReview: AccessRule = (user) => hasPermission(user.roles, 'article:review');
/** May flag articles and follow up on own flags. */
export const canFlag: AccessRule = (user) => hasPermission(user.roles, 'feedback:create');
/** May work through the department's flag queue. */
export const canResolveFlags: AccessRule = (user) => hasPermission(user.roles, 'feedback:resolve');
/** May read the first-contact dashboard (admins, BSC lead, department leads). */
export const canReadContacts: AccessRule = (user) => hasPermission(user.roles, 'contact:read');
/** May see and ignore content gaps (admins, BSC lead, department leads). */
export const canManageGaps: AccessRule = (user) => hasPermission(user.roles, 'content_gap:manage');
/** May open the administration. */
export const canAdminister: AccessRule = (user) => user.roles.includes('admin');

/** Where a user lands after login: agents search, authors work, admins administer. */
export function homePathFor(roles: readonly Role[]): string {
  if (roles.includes('admin')) return '/verwaltung';
  if (hasPermission(roles, 'article:write')) return '/arbeitsbereich';
  return '/';
}

/** Accepts only in-app paths as a redirect target, so a crafted link cannot leave the site. */
export function safeRedirectPath(target: string | null): string | null {
  if (!target || !target.startsWith('/') || target.startsWith('//') || target.includes('\\')) return null;
  if (target.startsWith('/anmeldung')) return null;
  return target;
}
