import { ROLES, type Role } from '@bsc/domain';

/**
 * Who may call a route:
 * - 'public': anyone, also without a session (@Public()).
 * - 'session': every logged-in user, whatever the role (no @RequirePermission).
 * - a list of roles: exactly these roles hold the route's @RequirePermission; all others get 403.
 */
export type Access = 'public' | 'session' | readonly Role[];

const EVERY_ROLE: readonly Role[] = ROLES;
const EDITORS: readonly Role[] = ['author', 'reviewer', 'admin'];
const REVIEWERS: readonly Role[] = ['reviewer', 'admin'];
const ADMINS: readonly Role[] = ['admin'];
/** Who reads the first-contact dashboard (a department lead only for their departments: contactScope). */
const LEADS: readonly Role[] = ['admin', 'bsc_lead', 'department_lead'];

/**
 * The expected access of every route, keyed by "METHOD path" exactly as the route table lists it.
 * A new route without an entry fails rbac.integration-spec.ts: add it here, deliberately.
 * Department scoping (an author of department A editing an article of B) is not part of this
 * table: it is checked in the services and covered by their integration specs.
 */
export const ACCESS_MATRIX: Record<string, Access> = {
  'GET /api/v1/health': 'public',

  'POST /api/v1/auth/login': 'public',
  'POST /api/v1/auth/logout': 'session',
  'GET /api/v1/auth/me': 'session',
  'POST /api/v1/auth/refresh': 'session',

  'GET /api/v1/search': EVERY_ROLE,
  'GET /api/v1/search/suggest': EVERY_ROLE,
  'POST /api/v1/search/click': EVERY_ROLE,
  'POST /api/v1/search/feedback': EVERY_ROLE,
  'GET /api/v1/articles/:id/learned-phrases': EDITORS,
  'POST /api/v1/articles/:id/learned-phrases/block': EDITORS,
  'POST /api/v1/articles/:id/learned-phrases/adopt': EDITORS,

  'GET /api/v1/departments': EVERY_ROLE,
  'GET /api/v1/departments/:id': EVERY_ROLE,
  'POST /api/v1/departments': ADMINS,
  'PUT /api/v1/departments/:id': ADMINS,
  'DELETE /api/v1/departments/:id': ADMINS,

  'GET /api/v1/documents': EVERY_ROLE,
  'GET /api/v1/documents/:id': EVERY_ROLE,
  'POST /api/v1/documents': ADMINS,
  'PUT /api/v1/documents/:id': ADMINS,
  'DELETE /api/v1/documents/:id': ADMINS,

  'GET /api/v1/articles': EDITORS,
  'POST /api/v1/articles': EDITORS,
  'GET /api/v1/articles/:id': EDITORS,
  'GET /api/v1/articles/:id/published': EVERY_ROLE,
  'PUT /api/v1/articles/:id/draft': EDITORS,
  'POST /api/v1/articles/:id/draft': EDITORS,
  'POST /api/v1/articles/:id/submit': EDITORS,
  'POST /api/v1/articles/:id/approve': REVIEWERS,
  'POST /api/v1/articles/:id/reject': REVIEWERS,
  'POST /api/v1/articles/:id/archive': REVIEWERS,
  'POST /api/v1/articles/:id/verify': EDITORS,
  'GET /api/v1/articles/:id/versions': EDITORS,
  'GET /api/v1/articles/:id/versions/:n': EDITORS,
  'GET /api/v1/articles/:id/diff': EDITORS,
  'POST /api/v1/articles/:id/restore/:n': EDITORS,
  'PUT /api/v1/articles/:id/review-interval': EDITORS,
  'GET /api/v1/review-queue': REVIEWERS,

  'POST /api/v1/articles/:id/flags': EVERY_ROLE,
  'GET /api/v1/flags': EVERY_ROLE,
  'POST /api/v1/flags/:id/resolve': EDITORS,

  'GET /api/v1/freshness': EDITORS,
  'GET /api/v1/freshness.csv': EDITORS,

  'GET /api/v1/notifications': EVERY_ROLE,
  'POST /api/v1/notifications/read-all': EVERY_ROLE,
  'POST /api/v1/notifications/:id/read': EVERY_ROLE,

  'GET /api/v1/users': ADMINS,
  'GET /api/v1/users/:id': ADMINS,
  'POST /api/v1/users': ADMINS,
  'PUT /api/v1/users/:id': ADMINS,

  'GET /api/v1/synonyms': ADMINS,
  'GET /api/v1/synonyms/built-in': ADMINS,
  'POST /api/v1/synonyms': ADMINS,
  'DELETE /api/v1/synonyms/:id': ADMINS,
  'GET /api/v1/admin/search-analytics': ADMINS,
  'GET /api/v1/content-gaps': LEADS,
  'GET /api/v1/content-gaps/export.csv': LEADS,
  'POST /api/v1/content-gaps/ignore': LEADS,
  'POST /api/v1/admin/reindex': ADMINS,
  'GET /api/v1/admin/reindex': ADMINS,

  'POST /api/v1/contacts': EVERY_ROLE,
  'GET /api/v1/contacts/summary': LEADS,
  'GET /api/v1/contacts/summary.csv': LEADS,
  'GET /api/v1/authorities': EVERY_ROLE,
  'POST /api/v1/authorities': ADMINS,
  'PUT /api/v1/authorities/:id': ADMINS,

  'GET /api/v1/audit': ADMINS,
  'GET /api/v1/audit/verify': ADMINS,
};
