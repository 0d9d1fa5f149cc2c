import type { FlagReason, FreshnessState } from '@bsc/domain';

// Response shapes of /notifications. Like freshness.types.ts they belong in
// libs/domain/src/api-types.ts (so the editor can import them) once its owner adds them.

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

/** A notification before read markers are applied; `settled` means nothing is left to do. */
export interface PendingNotification extends Omit<NotificationView, 'read' | 'at'> {
  at: Date;
  settled: boolean;
}
