// The audit log's filters: kept in the URL (German parameter names, so a filtered view can be
// bookmarked or sent to a colleague) and turned into GET /audit parameters.
import type { AuditQuery } from '../api/audit-api';

/** The filter form's values; dates as the date inputs give them (YYYY-MM-DD). */
export interface AuditFilters {
  actor: string;
  subject: string;
  action: string;
  from: string;
  to: string;
}

const PARAM: Record<keyof AuditFilters, string> = { actor: 'akteur', subject: 'gegenstand', action: 'aktion', from: 'von', to: 'bis' };
const FIELDS = Object.keys(PARAM) as (keyof AuditFilters)[];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** How many entries the log asks for at most. */
export const AUDIT_PAGE_SIZE = 200;

/** Filters from the address bar; unknown or malformed values are ignored. */
export function filtersFromParams(params: URLSearchParams): AuditFilters {
  const value = (field: keyof AuditFilters) => (params.get(PARAM[field]) ?? '').trim();
  const date = (field: 'from' | 'to') => (DATE.test(value(field)) ? value(field) : '');
  return { actor: value('actor'), subject: value('subject'), action: value('action'), from: date('from'), to: date('to') };
}

/** The non-empty filters as URL parameters. */
export function filtersToParams(filters: AuditFilters): Record<string, string> {
  const params: Record<string, string> = {};
  for (const field of FIELDS) if (filters[field].trim()) params[PARAM[field]] = filters[field].trim();
  return params;
}

/** GET /audit parameters: whole days in the browser's time zone, the end day included. */
export function toAuditQuery(filters: AuditFilters): AuditQuery {
  const query: AuditQuery = { limit: AUDIT_PAGE_SIZE };
  if (filters.actor) query.actor = filters.actor;
  if (filters.subject) query.subject = filters.subject;
  if (filters.action) query.action = filters.action;
  if (filters.from) query.from = new Date(`${filters.from}T00:00:00`).toISOString();
  if (filters.to) query.to = new Date(`${filters.to}T23:59:59.999`).toISOString();
  return query;
}

/** Audit details as "key: value" lines; nested values as compact JSON. */
export function formatAuditDetails(details: Record<string, unknown>): string[] {
  return Object.entries(details).map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`);
}
