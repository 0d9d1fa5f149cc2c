import type { FlagReason } from './api-types';
import type { ArticleKind } from './article';
import type { Role } from './roles';

/*
 * Every event the audit log records, as one discriminated union: writers append these and
 * readers (notifications) name actions and detail fields through the helpers below, so that
 * renaming an action or a detail is a compile error instead of a silently empty list.
 */

/** A change of an article's text or lifecycle. */
type ArticleEvent<A extends string, D> = { action: A; subjectType: 'article'; subjectId: string; details: D };

/** What the DLDB import records for each article it writes. */
export type ImportedArticleDetails = {
  import: 'dldb';
  externalRef: string;
  title: string;
  version: number | null;
  draft: boolean;
};

/** One event of the audit log: action, subject and the details that action records. */
export type AuditEvent =
  | ArticleEvent<'article.created', { title: string; kind: ArticleKind } | ImportedArticleDetails>
  | ArticleEvent<'article.updated', ImportedArticleDetails>
  | ArticleEvent<'article.draft_saved', { revision: number; title: string }>
  | ArticleEvent<'article.draft_opened', { fromVersion: number }>
  | ArticleEvent<'article.restored', { fromVersion: number }>
  | ArticleEvent<'article.submitted', { changeNote: string }>
  | ArticleEvent<'article.approved', { version: number } | { scheduledFor: string }>
  | ArticleEvent<'article.rejected', { comment: string }>
  | ArticleEvent<'article.archived', Record<string, never>>
  | ArticleEvent<'article.verified', { version: number }>
  | ArticleEvent<'article.published_scheduled', { version: number }>
  | ArticleEvent<'article.expired', Record<string, never>>
  | ArticleEvent<'article.review_interval_changed', { from: number | null; to: number | null }>
  | ArticleEvent<'flag.created', { flagId: string; reason: FlagReason }>
  | ArticleEvent<'flag.updated', { flagId: string; reason: FlagReason }>
  | ArticleEvent<'flag.resolved', { flagId: string; fixedInVersion: number | null }>
  | ArticleEvent<'learned_phrase.blocked', { phrase: string }>
  | ArticleEvent<'learned_phrase.adopted', { phrase: string; revision: number }>
  | { action: 'auth.login' | 'auth.logout'; subjectType: 'user'; subjectId: string; details?: Record<string, never> }
  | { action: 'user.created'; subjectType: 'user'; subjectId: string; details: UserCreatedDetails }
  | { action: 'user.updated'; subjectType: 'user'; subjectId: string; details: UserUpdatedDetails }
  | { action: 'department.created'; subjectType: 'department'; subjectId: string; details: DepartmentCreatedDetails }
  | { action: 'department.updated'; subjectType: 'department'; subjectId: string; details: DepartmentUpdatedDetails }
  | { action: 'department.deleted'; subjectType: 'department'; subjectId: string; details: { code: string; name: string } }
  | { action: 'document.created' | 'document.deleted'; subjectType: 'document'; subjectId: string; details: { name: string } }
  | { action: 'document.updated'; subjectType: 'document'; subjectId: string; details: DocumentUpdatedDetails }
  | { action: 'synonym.created' | 'synonym.deleted'; subjectType: 'synonym'; subjectId: string; details: SynonymDetails }
  | { action: 'content_gap.ignored'; subjectType: 'content_gap'; subjectId: null; details: { term: string } }
  | { action: 'search.reindex_started'; subjectType: 'search_index'; subjectId: null; details: { via: 'api' | 'cli' } }
  | { action: 'search_events.purged'; subjectType: 'search_events'; subjectId: null; details: SearchEventsPurgedDetails }
  // The import summary is a report whose shape belongs to the importer.
  | { action: 'import.completed'; subjectType: 'import'; subjectId: null; details: Record<string, unknown> }
  | { action: 'authority.created'; subjectType: 'authority'; subjectId: string; details: { name: string } }
  | {
      action: 'authority.updated';
      subjectType: 'authority';
      subjectId: string;
      details: { name: string; active: boolean; before: { name: string; active: boolean } };
    }
  | {
      action: 'contacts.purged';
      subjectType: 'contacts' | 'contact_daily_counts' | 'contact_article_daily_counts';
      subjectId: null;
      details: { deleted: number; before: string; retentionDays: number };
    };

/** The name of an audited action. */
export type AuditAction = AuditEvent['action'];

/** The audit event of one action. */
export type AuditEventOf<A extends AuditAction> = Extract<AuditEvent, { action: A }>;

/** The detail fields an action records. */
export type AuditDetailKey<A extends AuditAction> = AuditEventOf<A> extends { details?: infer D } ? KeysOf<NonNullable<D>> : never;

// Distributes over a union of detail shapes, so every variant's fields count.
type KeysOf<D> = D extends object ? keyof D & string : never;

/** Details of a user created by an administrator or by the import. */
export type UserCreatedDetails = { login: string; roles: Role[] } | { import: 'dldb'; system: true; login: string };

/** Rights of a user before and after an administrator changed them. */
export type UserUpdatedDetails = {
  before: UserRights;
  after: UserRights;
  passwordChanged: boolean;
};

/** The parts of a user that decide what they may do. */
export type UserRights = {
  roles: Role[];
  departmentIds: string[];
  active: boolean;
};

/** Details of a department created by an administrator or by the import. */
export type DepartmentCreatedDetails = { code: string; name: string } | { import: 'dldb'; code: string; name: string };

/** Details of a renamed department. */
export type DepartmentUpdatedDetails =
  | { before: { name: string; code: string }; after: { name: string; code: string } }
  | { import: 'dldb'; code: string; before: { name: string }; after: { name: string } };

/** Details of a renamed catalogue document. */
export type DocumentUpdatedDetails = {
  before: string;
  after: string;
  reindexedArticles: number;
};

/** Details of a synonym group. */
export type SynonymDetails = {
  term: string;
  synonyms: string[];
};

/** Details of the search analytics retention job. */
export type SearchEventsPurgedDetails = {
  deleted: number;
  /** Usage signals of the learning (issue 12) deleted with them; absent in purges before it. */
  signals?: number;
  olderThan: string;
  retentionDays: number;
};

/** An action name for use in SQL over audit_events; the type makes a renamed action a compile error. */
export function auditAction<A extends AuditAction>(action: A): A {
  return action;
}

/** A detail field name for use in SQL (`details->>'…'`); checked against what the action records. */
export function auditDetail<A extends AuditAction>(_action: A, key: AuditDetailKey<A>): string {
  return key;
}
