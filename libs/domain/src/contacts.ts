// First contact: how a citizen's concern ended, recorded without any citizen data and without
// free text, and the figures the BSC steers its takeover of services by.
import type { BscResolution } from './article';
import { DomainError } from './errors';
import { OFFICE_TIME_ZONE } from './opening-hours';
import type { Role } from './roles';

/** How a contact ended, in the order of the keys 1–5 at the answer card. */
export const CONTACT_OUTCOMES = ['settled', 'forwarded', 'appointment', 'callback', 'referred'] as const;
/** How a contact ended. */
export type ContactOutcome = (typeof CONTACT_OUTCOMES)[number];

/** How the citizen reached the BSC. */
export const CONTACT_CHANNELS = ['phone', 'counter', 'email'] as const;
/** How the citizen reached the BSC. */
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

/** Limits of contact recording and the dashboard. */
export const ContactLimits = {
  /** Articles one contact can carry (an agent rarely opens more than a handful). */
  articlesMax: 20,
  authorityNameMax: 120,
  /** Longest date range of the dashboard, in days (rollups are kept two years by default). */
  rangeMaxDays: 1100,
  /** Rows of the per-article lists. */
  listSize: 20,
  /** Contacts an article needs before its declared resolution is called contradicted. */
  contradictionMinContacts: 5,
} as const;

/** `POST /api/v1/contacts`: what an agent records after a conversation. */
export interface RecordContactRequest {
  outcome: ContactOutcome;
  channel: ContactChannel;
  articleIds: string[];
  /** The department the concern was forwarded to (outcome `forwarded` only). */
  departmentId?: string;
  /** The external authority the citizen was referred to (outcome `referred` only). */
  authorityId?: string;
  /**
   * The settled search that led to each attached article, where the agent came from a search.
   * Never stored with the contact: a settled contact passes them to the search's learning.
   */
  searches?: ContactSearch[];
}

/** An article of a contact and the settled search it was opened from. */
export interface ContactSearch {
  articleId: string;
  searchId: string;
}

/** A recorded contact as the API confirms it. */
export interface ContactView {
  id: string;
  recordedAt: string;
  outcome: ContactOutcome;
  channel: ContactChannel;
  articleIds: string[];
  departmentId: string | null;
  authorityId: string | null;
}

/** Rejects a target that does not fit the outcome: forwarding needs a department, a referral an authority, nothing else takes one. */
export function assertContactTarget(request: Pick<RecordContactRequest, 'outcome' | 'departmentId' | 'authorityId'>): void {
  const needsDepartment = request.outcome === 'forwarded';
  const needsAuthority = request.outcome === 'referred';
  if (needsDepartment !== Boolean(request.departmentId) || needsAuthority !== Boolean(request.authorityId)) {
    throw new DomainError('CONTACT_TARGET_INVALID');
  }
}

/** Which departments' contacts a reader of the dashboard may see: all, or only these. */
export type ContactScope = { all: true } | { all: false; departmentIds: string[] };

/**
 * Admins and the BSC lead see every department; a department lead only their own departments
 * (and asking for another one is forbidden rather than silently empty).
 */
export function contactScope(user: { roles: readonly Role[]; departmentIds: readonly string[] }, requested?: string): ContactScope {
  if (user.roles.includes('admin') || user.roles.includes('bsc_lead')) {
    return requested ? { all: false, departmentIds: [requested] } : { all: true };
  }
  if (!user.roles.includes('department_lead')) throw new DomainError('FORBIDDEN');
  if (requested && !user.departmentIds.includes(requested)) throw new DomainError('CONTACT_SCOPE_FORBIDDEN');
  return { all: false, departmentIds: requested ? [requested] : [...user.departmentIds] };
}

/** Share of settled contacts, or null when there were none (no rate is not a rate of 0 %). */
export function settledRate(settled: number, total: number): number | null {
  return total === 0 ? null : settled / total;
}

/** Counts of one slice of contacts. */
export interface ContactCounts {
  total: number;
  settled: number;
  forwarded: number;
  referred: number;
  /** settled / total, null without contacts. */
  rate: number | null;
}

/** One calendar week (ISO, Monday first) of the trend. */
export interface ContactWeek extends ContactCounts {
  /** Monday of the week, YYYY-MM-DD (Europe/Berlin). */
  weekStart: string;
  /** ISO week label, e.g. "2026-W53". */
  isoWeek: string;
}

/** Contacts of one channel. */
export interface ContactChannelCounts extends ContactCounts {
  channel: ContactChannel;
}

/** Contacts counted for one department. */
export interface ContactDepartmentCounts extends ContactCounts {
  departmentId: string | null;
  departmentName: string | null;
}

/** Contacts in which one article was opened. */
export interface ContactArticleCounts extends ContactCounts {
  articleId: string;
  title: string;
  departmentId: string;
  departmentName: string;
  /** What the article declares: can the BSC finish it at the counter? */
  bscResolution: BscResolution | null;
}

/** Why an article's declared resolution disagrees with what agents record. */
export type ContradictionKind = 'declared_complete_mostly_forwarded' | 'declared_referral_mostly_settled';

/** An article whose declared bscResolution the recorded outcomes contradict. */
export interface ContactContradiction extends ContactArticleCounts {
  kind: ContradictionKind;
}

/**
 * "Am BSC abschließend" articles that are mostly forwarded, and "Weiterleitung" articles that
 * agents mostly settle — both with enough contacts to mean something.
 */
export function contradictionOf(counts: ContactArticleCounts): ContradictionKind | null {
  if (counts.total < ContactLimits.contradictionMinContacts) return null;
  if (counts.bscResolution === 'complete' && counts.forwarded * 2 > counts.total) return 'declared_complete_mostly_forwarded';
  if (counts.bscResolution === 'referral' && counts.settled * 2 > counts.total) return 'declared_referral_mostly_settled';
  return null;
}

/** `GET /api/v1/contacts/summary`: the "Erstkontakt" dashboard over a date range. */
export interface ContactSummary {
  from: string;
  to: string;
  departmentId: string | null;
  total: number;
  settled: number;
  rate: number | null;
  byOutcome: Record<ContactOutcome, number>;
  byChannel: ContactChannelCounts[];
  byWeek: ContactWeek[];
  byDepartment: ContactDepartmentCounts[];
  byArticle: ContactArticleCounts[];
  /** Takeover candidates: the services most often forwarded to a department. */
  topForwarded: ContactArticleCounts[];
  contradictions: ContactContradiction[];
  /** Contacts in which no article was opened: gaps in the knowledge base, or quick questions. */
  withoutArticle: ContactCounts;
}

/** An external authority citizens are referred to (Gemeinde, Jobcenter, Familienkasse, …). */
export interface AuthorityView {
  id: string;
  name: string;
  active: boolean;
}

/** Published once a settled contact is committed: the strongest "this answer helped" signal. */
export interface ContactSettledEvent {
  type: 'contact.settled';
  contactId: string;
  articleIds: string[];
  channel: ContactChannel;
  at: string;
  /** Who recorded it and the searches behind its articles: in the event only, never in the contacts table. */
  agentId: string;
  searches: ContactSearch[];
}

const DAY_MS = 86_400_000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The calendar date (YYYY-MM-DD) of a moment in the office's time zone: a contact belongs to that day. */
export function officeDate(moment: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: OFFICE_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(moment);
}

/** The date `days` after a YYYY-MM-DD date (negative: before). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

function isRealDate(date: string): boolean {
  return ISO_DATE.test(date) && !Number.isNaN(Date.parse(`${date}T00:00:00Z`)) && addDays(date, 0) === date;
}

/** Days the dashboard shows when no range is asked for: the last twelve weeks including today. */
export const DEFAULT_CONTACT_RANGE_DAYS = 84;

/** The dashboard's date range (inclusive): defaults to the last twelve weeks; rejects reversed, unreal or too long ranges. */
export function contactRange(now: Date, from?: string, to?: string): { from: string; to: string } {
  const end = to ?? officeDate(now);
  const start = from ?? addDays(end, -(DEFAULT_CONTACT_RANGE_DAYS - 1));
  if (!isRealDate(start) || !isRealDate(end) || start > end) throw new DomainError('CONTACT_RANGE_INVALID');
  if ((Date.parse(end) - Date.parse(start)) / DAY_MS + 1 > ContactLimits.rangeMaxDays) throw new DomainError('CONTACT_RANGE_INVALID');
  return { from: start, to: end };
}
