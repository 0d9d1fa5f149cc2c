// Response and request shapes of the REST API (/api/v1). The API's DTO classes implement the
// request interfaces; the editor imports these types, so there is no second hand-written copy.
import type { ArticleContent, ArticleKind, BscResolution } from './article';
import type { ContentProblem } from './content-problems';
import type { Role } from './roles';

/** The error body every failed request returns. */
export interface ApiErrorBody {
  code: string;
  message: string;
  correlationId: string;
  details?: Record<string, unknown>;
}

/** Weekly opening hours: per weekday (0 = Monday … 6 = Sunday) a list of intervals "HH:MM". */
export interface OpeningHours {
  weekly: { day: number; opens: string; closes: string }[];
  note?: string;
}

/** A department (Fachbereich) as the API returns it. */
export interface DepartmentView {
  id: string;
  code: string;
  name: string;
  phone: string;
  email: string;
  room: string;
  address: string;
  openingHours: OpeningHours;
  appointmentUrl: string | null;
  reviewIntervalDays: number;
}

/** Fields to create or replace a department. */
export type DepartmentInput = Omit<DepartmentView, 'id'>;

/** A catalogue document (Unterlage). */
export interface DocumentView {
  id: string;
  name: string;
  description: string;
  usageCount: number;
}

/** Fields to create or replace a catalogue document. */
export interface DocumentInput {
  name: string;
  description: string;
}

/** Freshness of an article's last review. */
export type FreshnessState = 'fresh' | 'due_soon' | 'overdue';

/** State of the working copy of an article. */
/** States of an article's draft (the lifecycle's `transition()` moves between them). */
export const DRAFT_STATES = ['draft', 'in_review', 'scheduled'] as const;
export type DraftState = (typeof DRAFT_STATES)[number];

/** The logged-in user. */
export interface SessionUser {
  id: string;
  login: string;
  displayName: string;
  roles: Role[];
  departmentIds: string[];
}

/** Login response: the user and the CSRF token to send as `x-csrf-token` on writes. */
export interface LoginResponse {
  user: SessionUser;
  csrfToken: string;
  /** The session ends after this many seconds without a request (SESSION_IDLE_MINUTES). */
  idleTimeoutSeconds: number;
}

/**
 * The server records a session's activity at most this often, so its idle clock may have started
 * up to this long before a client's last request: a client warning before the idle timeout
 * counts from its last request minus this slack.
 */
export const SESSION_TOUCH_INTERVAL_SECONDS = 60;

/**
 * Header of requests the app sends by itself (polling the notification badge): they need a valid
 * session but are no activity of the user, so they do not hold off the idle timeout.
 */
export const BACKGROUND_REQUEST_HEADER = 'x-background-request';

/** A required document resolved against the catalogue. */
export interface ResolvedDocument {
  documentId: string;
  name: string;
  description: string;
  note?: string;
}

/** What an agent sees: the published version of an article, resolved for display. */
export interface PublishedArticleView {
  id: string;
  kind: ArticleKind;
  externalRef: string | null;
  version: number;
  publishedAt: string;
  content: ArticleContent;
  documents: ResolvedDocument[];
  department: DepartmentView;
  /**
   * Every office the catalogue names for an imported service, in its order; the first is
   * `department`. Empty for articles that were not imported with offices.
   */
  locations: DepartmentView[];
  /**
   * `source` is set while nobody has confirmed an imported article since the import: the card
   * then says "laut Quelle aktualisiert am <source.updatedAt>", never "geprüft am", and the
   * review is due.
   */
  freshness: { state: FreshnessState; lastVerifiedAt: string; nextReviewAt: string; source: { updatedAt: string | null } | null };
  validUntil: string | null;
  openFlags: number;
}

/** The open draft of an article. */
export interface DraftView {
  articleId: string;
  revision: number;
  state: DraftState;
  content: ArticleContent;
  baseVersion: number | null;
  authorIds: string[];
  updatedAt: string;
  updatedBy: string;
  changeNote: string | null;
  publishAt: string | null;
  /** The author's notice: the comment of the rejection, until the draft is submitted again. */
  rejectionComment: string | null;
  /** Fields not ready for review; saved as they are, but submit needs none (DRAFT_INCOMPLETE). */
  problems: ContentProblem[];
  /**
   * The last rejection of this draft, kept through resubmission until publication: the reviewer
   * of a resubmitted draft reads the comment and the diff against the rejected content
   * (`from=rejected`, when `hasContent`).
   */
  lastRejection: { comment: string; rejectedAt: string | null; hasContent: boolean } | null;
}

/** An article as authors and reviewers see it in lists and in the editor. */
export interface ArticleSummary {
  id: string;
  kind: ArticleKind;
  departmentId: string;
  departmentName: string;
  title: string;
  status: 'draft' | 'in_review' | 'scheduled' | 'published' | 'archived';
  publishedVersion: number | null;
  hasDraft: boolean;
  draftState: DraftState | null;
  externalRef: string | null;
  validUntil: string | null;
  freshness: FreshnessState | null;
  nextReviewAt: string | null;
  openFlags: number;
  updatedAt: string;
}

/** Full author view of one article. */
export interface ArticleDetail extends ArticleSummary {
  draft: DraftView | null;
  published: PublishedArticleView | null;
  reviewIntervalDays: number;
}

/** Create an article: it starts as a draft. */
export interface CreateArticleRequest {
  departmentId: string;
  kind: ArticleKind;
  content: ArticleContent;
}

/** Save the draft; `revision` is the revision the client based its edit on. */
export interface SaveDraftRequest {
  revision: number;
  content: ArticleContent;
}

/** Answer to a stale save (HTTP 409, code DRAFT_CONFLICT): `details` carries the current draft. */
export interface DraftConflictDetails {
  currentRevision: number;
  current: DraftView;
}

/** Approve a draft; with `publishAt` in the future the publication is scheduled. */
export interface ApproveRequest {
  publishAt?: string;
  validUntil?: string;
}

/** An immutable published version. */
export interface ArticleVersionView {
  number: number;
  content: ArticleContent;
  authorIds: string[];
  approvedBy: string;
  changeNote: string;
  createdAt: string;
}

/** One field of a diff between two contents. */
export interface FieldDiff {
  field: keyof ArticleContent;
  changed: boolean;
  /** Word-level parts: unchanged, added or removed text. */
  parts: { value: string; added?: boolean; removed?: boolean }[];
}

/** A search hit. */
export interface SearchHit {
  id: string;
  kind: ArticleKind;
  title: string;
  shortAnswer: string;
  /** Snippet with matched words wrapped in <mark>…</mark>; all other markup escaped. */
  snippet: string;
  departmentId: string;
  departmentName: string;
  bscResolution: BscResolution;
  externalRef: string | null;
  freshness: FreshnessState;
  status?: 'published' | 'draft';
}

/** Search response. */
export interface SearchResponse {
  searchId: string;
  query: string;
  hits: SearchHit[];
  total: number;
  facets: { department: Record<string, number>; kind: Record<string, number> };
  degraded: boolean;
  /**
   * Whether the best hit is confident enough to be shown as the answer. False: "Kein passender
   * Artikel gefunden" (the weak candidates stay in `hits`, folded away), counted as unanswered.
   */
  answered: boolean;
  /** Calibrated confidence of the best hit in [0, 1]; `answered` is `confidence >= threshold`. */
  confidence: number;
  tookMs: number;
}

/**
 * Why the editor asks: `preview` = results while the agent types (not counted in the analytics);
 * `settled` = the agent pressed Enter, stopped typing for 1.5 s or opened a result (counted).
 */
export const SEARCH_INTENTS = ['settled', 'preview'] as const;
/** Intent of a search request (`GET /search?intent=`); API clients that do not say are `settled`. */
export type SearchIntent = (typeof SEARCH_INTENTS)[number];

/** Feedback reasons an agent can flag. */
export const FLAG_REASONS = ['outdated', 'wrong', 'incomplete', 'unclear'] as const;
/** Reason of a flag. */
export type FlagReason = (typeof FLAG_REASONS)[number];
/** Reasons that tell the department nothing without saying what is wrong or missing: a comment is required. */
export const FLAG_REASONS_NEEDING_COMMENT: readonly FlagReason[] = ['wrong', 'incomplete'];

/** Whether a flag with this reason and comment may be sent (the one rule of the API and the dialog). */
export function flagCommentMissing(reason: FlagReason, comment: string): boolean {
  return FLAG_REASONS_NEEDING_COMMENT.includes(reason) && comment.trim() === '';
}

/** A flag on an article. */
export interface FlagView {
  id: string;
  articleId: string;
  articleTitle: string;
  departmentId: string;
  version: number | null;
  reason: FlagReason;
  comment: string;
  createdBy: string;
  createdAt: string;
  status: 'open' | 'resolved';
  resolutionNote: string | null;
  resolvedBy: string | null;
  resolvedAt: string | null;
  fixedInVersion: number | null;
}

/** An audit event. */
export interface AuditEventView {
  id: string;
  at: string;
  actorId: string | null;
  actorLogin: string | null;
  action: string;
  subjectType: string;
  subjectId: string | null;
  /** The article's current title when the subject is an article (not part of the hashed row). */
  subjectTitle?: string | null;
  details: Record<string, unknown>;
  hash: string;
}

/** Result of recomputing the audit hash chain. */
export interface AuditVerifyResult {
  ok: boolean;
  checked: number;
  firstBrokenId: string | null;
}

/** Health of the API and its dependencies. */
export interface HealthView {
  status: 'ok' | 'error';
  info?: Record<string, { status: string; [key: string]: unknown }>;
  error?: Record<string, { status: string; [key: string]: unknown }>;
}

/** Counts over the published, non-archived, unexpired articles of one department or all. */
export interface FreshnessCounts {
  published: number;
  fresh: number;
  dueSoon: number;
  overdue: number;
  /** Articles with at least one open flag. */
  flagged: number;
  /** Articles whose `validUntil` lies within the next 14 days. */
  expiring: number;
  /** Share (0…1) of published articles that are fresh and unflagged; null without articles. */
  trustScore: number | null;
}

/** The counts of one department. */
export interface DepartmentFreshness extends FreshnessCounts {
  departmentId: string;
  departmentName: string;
}

/** An article that needs attention: review due soon or overdue, or validity ending soon. */
export interface FreshnessItem {
  articleId: string;
  title: string;
  departmentId: string;
  departmentName: string;
  freshness: FreshnessState;
  lastVerifiedAt: string;
  nextReviewAt: string;
  /** Whole days until the review is due; negative once overdue. */
  daysLeft: number;
  reviewIntervalDays: number;
  validUntil: string | null;
  expiring: boolean;
  openFlags: number;
}

/** GET /freshness: per department and overall, plus the articles that need attention. */
export interface FreshnessOverview {
  /** The moment the overview was computed for. */
  at: string;
  overall: FreshnessCounts;
  departments: DepartmentFreshness[];
  items: FreshnessItem[];
}

/** What a notification is about. */
export type NotificationKind =
  | 'review_due' // a published article of the user's department is due for review (or overdue)
  | 'expiring' // its validity (`validUntil`) ends within 14 days
  | 'flag_created' // an agent flagged an article of the user's department
  | 'flag_resolved' // the department resolved a flag the user raised
  | 'review_requested' // a draft of the user's department was submitted for review
  | 'rejected'; // a draft the user worked on was rejected

/** One notification; the editor words it from `kind` and the fields. */
export interface NotificationView {
  /** Stable id, e.g. `flag_created.<flagId>`; used to mark it read. */
  id: string;
  kind: NotificationKind;
  /** When it arose (for due reviews: when the review became due soon). */
  at: string;
  read: boolean;
  articleId: string;
  articleTitle: string;
  departmentId: string;
  /** Display name of whoever caused it (flagging agent, submitter, reviewer, resolver). */
  actorName: string | null;
  /** Flag comment, change note, rejection comment or resolution note. */
  text: string | null;
  flagReason: FlagReason | null;
  fixedInVersion: number | null;
  /** For review_due: the current freshness state. */
  freshness: FreshnessState | null;
  /** For review_due the next review date, for expiring the end of validity. */
  dueAt: string | null;
}

/** GET /notifications: the badge count and the newest notifications. */
export interface NotificationsResponse {
  unread: number;
  items: NotificationView[];
}

/** A user as admins see it (never the password hash). */
export interface UserView {
  id: string;
  login: string;
  displayName: string;
  roles: Role[];
  departmentIds: string[];
  active: boolean;
  /** The import's system user (the author of imported versions): listed, never edited. */
  system: boolean;
}

/** Body of POST /users. */
export interface CreateUserRequest {
  login: string;
  displayName: string;
  password: string;
  roles: Role[];
  departmentIds: string[];
}

/** Body of PUT /users/:id; without `password` the password stays. */
export interface UpdateUserRequest {
  displayName: string;
  roles: Role[];
  departmentIds: string[];
  active: boolean;
  password?: string;
}

/** A synonym group as the admin API returns it (mutual: every word finds the others). */
export interface SynonymEntry {
  id: string;
  term: string;
  synonyms: string[];
  createdAt: string;
}

/** An entry of the built-in thesaurus (search-config/synonyms.json): read-only in the admin UI. */
export interface BuiltInSynonym {
  terms: string[];
  /** What `terms` also search for (one-way); null for a group whose words all find each other. */
  means: string[] | null;
  /** Why the entry exists. */
  why: string;
}

/** GET /synonyms/built-in. */
export interface BuiltInSynonymList {
  entries: BuiltInSynonym[];
}

/** Body of POST /synonyms. */
export interface SynonymRequest {
  term: string;
  synonyms: string[];
}

/** A normalised query and how often it was searched. */
export interface QueryCount {
  query: string;
  count: number;
}

/** GET /admin/search-analytics: what agents search for, and where search lets them down. */
export interface SearchAnalyticsView {
  days: number;
  totalSearches: number;
  /** Searches answered from PostgreSQL while Meilisearch was unavailable. */
  degradedSearches: number;
  top: QueryCount[];
  /** Searches that said "Kein passender Artikel gefunden" (`answered: false`), zero results included. */
  unansweredSearches: number;
  /** Queries that found nothing: missing articles or missing synonyms. */
  zeroResults: QueryCount[];
  /** Queries with only weak candidates (`answered: false` but hits): missing or badly worded articles. */
  unanswered: QueryCount[];
  /** Answered queries of which no search led to an opened article. */
  noClicks: QueryCount[];
}
