// How a notification reads and where it leads. The API sends only facts (`kind` and fields);
// the wording lives here so it can be reviewed with the other German texts.
import type { NotificationView } from '@bsc/domain';
import { formatDate } from '../../ui/format-date';
import { feedbackMessages } from '../feedback/messages';
import { notificationMessages as m } from './messages';

/** A notification as the list shows it. */
export interface NotificationText {
  title: string;
  /** Short facts under the title: reason, author, comment, due date. */
  details: string[];
  /** Where the title link goes: the article in the view that fits the notification. */
  href: string;
}

function titleOf(n: NotificationView): string {
  switch (n.kind) {
    case 'review_due':
      return m.title.reviewDue(n.freshness, n.articleTitle);
    case 'expiring':
      return m.title.expiring(n.articleTitle);
    case 'flag_created':
      return m.title.flagCreated(n.articleTitle);
    case 'flag_resolved':
      return m.title.flagResolved(n.articleTitle);
    case 'review_requested':
      return m.title.reviewRequested(n.articleTitle);
    case 'rejected':
      return m.title.rejected(n.articleTitle);
  }
}

/** Agents read the published answer, reviewers the draft under review, authors the editor. */
export function notificationHref(n: NotificationView): string {
  const id = encodeURIComponent(n.articleId);
  if (n.kind === 'flag_resolved') return `/artikel/${id}`;
  if (n.kind === 'review_requested') return `/freigaben/${id}`;
  return `/arbeitsbereich/artikel/${id}`;
}

function detailsOf(n: NotificationView): string[] {
  const details: string[] = [];
  if (n.flagReason) details.push(m.reason(feedbackMessages.reason[n.flagReason]));
  if (n.dueAt) details.push(n.kind === 'expiring' ? m.endsOn(formatDate(n.dueAt)) : m.dueOn(formatDate(n.dueAt)));
  if (n.actorName) details.push(m.by(n.actorName));
  if (n.fixedInVersion !== null) details.push(m.fixedInVersion(n.fixedInVersion));
  return details;
}

/** Title, facts and link target of a notification. */
export function describeNotification(n: NotificationView): NotificationText {
  return { title: titleOf(n), details: detailsOf(n), href: notificationHref(n) };
}
