import { EXPIRY_WARNING_DAYS, FRESHNESS_DUE_SOON_DAYS } from '@bsc/domain';
import type { AssessedArticle } from '../freshness/freshness-overview';
import type { PendingNotification } from './notification.types';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Notifications computed from the articles' state at `now`: due reviews and ending validity.
 * The id contains the due moment, so verifying (a new due date) or a new `validUntil` starts
 * a new, unread notification, while the old one disappears with its state.
 */
export function dueNotifications(articles: AssessedArticle[], now: Date): PendingNotification[] {
  const result: PendingNotification[] = [];
  for (const { row, freshness, expiring } of articles) {
    const base = {
      articleId: row.id,
      articleTitle: row.title,
      departmentId: row.departmentId,
      actorName: null,
      text: null,
      flagReason: null,
      fixedInVersion: null,
      settled: false,
    };
    if (freshness.state !== 'fresh') {
      const dueAt = freshness.nextReviewAt;
      result.push({
        ...base,
        id: `review_due.${row.id}.${dueAt.getTime()}`,
        kind: 'review_due',
        at: arisenAt(dueAt, FRESHNESS_DUE_SOON_DAYS, row.lastVerifiedAt, now),
        freshness: freshness.state,
        dueAt: dueAt.toISOString(),
      });
    }
    if (expiring && row.validUntil) {
      result.push({
        ...base,
        id: `expiring.${row.id}.${row.validUntil.getTime()}`,
        kind: 'expiring',
        at: arisenAt(row.validUntil, EXPIRY_WARNING_DAYS, row.lastVerifiedAt, now),
        freshness: null,
        dueAt: row.validUntil.toISOString(),
      });
    }
  }
  return result;
}

/** When the warning window opened: `days` before the deadline, not before the last review, not after now. */
function arisenAt(deadline: Date, days: number, notBefore: Date, now: Date): Date {
  const opened = Math.max(deadline.getTime() - days * DAY_MS, notBefore.getTime());
  return new Date(Math.min(opened, now.getTime()));
}
