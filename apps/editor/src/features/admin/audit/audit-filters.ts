// The audit log's filters: kept in the URL (German parameter names, so a filtered view can be
// bookmarked or sent to a colleague) and turned into GET /audit parameters.
import { AUDIT_ACTION_LABELS, auditDetailLabel, isAuditAction, type AuditAction } from '@bsc/domain';
import type { AuditQuery } from '../api/audit-api';
import { adminMessages } from '../messages';

/** The filter form's values; dates as the date inputs give them (YYYY-MM-DD). */
export interface AuditFilters {
  actor: string;
  subject: string;
  action: string;
  /** Part of an article's title. */
  title: string;
  from: string;
  to: string;
}

const PARAM: Record<keyof AuditFilters, string> = {
  actor: 'akteur',
  subject: 'gegenstand',
  action: 'aktion',
  title: 'titel',
  from: 'von',
  to: 'bis',
};
const FIELDS = Object.keys(PARAM) as (keyof AuditFilters)[];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** How many entries the log asks for at most. */
export const AUDIT_PAGE_SIZE = 200;

/** Filters from the address bar; unknown or malformed values are ignored. */
export function filtersFromParams(params: URLSearchParams): AuditFilters {
  const value = (field: keyof AuditFilters) => (params.get(PARAM[field]) ?? '').trim();
  const date = (field: 'from' | 'to') => (DATE.test(value(field)) ? value(field) : '');
  return {
    actor: value('actor'),
    subject: value('subject'),
    action: value('action'),
    title: value('title'),
    from: date('from'),
    to: date('to'),
  };
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
  if (filters.title) query.title = filters.title;
  if (filters.from) query.from = new Date(`${filters.from}T00:00:00`).toISOString();
  if (filters.to) query.to = new Date(`${filters.to}T23:59:59.999`).toISOString();
  return query;
}

/** Every audited action with its German name, alphabetically, for the action filter. */
export const AUDIT_ACTION_OPTIONS: readonly { value: AuditAction; label: string }[] = Object.entries(AUDIT_ACTION_LABELS)
  .flatMap(([value, label]) => (isAuditAction(value) ? [{ value, label }] : []))
  .sort((a, b) => a.label.localeCompare(b.label, 'de'));

function formatValue(value: unknown): string {
  const m = adminMessages.audit;
  if (value === null || value === undefined) return m.noValue;
  if (typeof value === 'boolean') return value ? m.yes : m.no;
  if (Array.isArray(value)) return value.length === 0 ? m.noValue : value.map(formatValue).join(', ');
  if (typeof value === 'object') {
    return Object.entries(value)
      .map(([key, nested]) => `${auditDetailLabel(key)}: ${formatValue(nested)}`)
      .join('; ');
  }
  return String(value);
}

/** Audit details as "Label: value" lines with the German field names; nested values on the same line. */
export function formatAuditDetails(details: Record<string, unknown>): string[] {
  return Object.entries(details).map(([key, value]) => `${auditDetailLabel(key)}: ${formatValue(value)}`);
}
