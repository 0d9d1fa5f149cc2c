import { assessArticles } from '../freshness/freshness-overview';
import type { PublishedArticleRow } from '../freshness/published-articles.reader';
import { dueNotifications } from './due-notifications';

const DAY = 24 * 60 * 60 * 1000;
const VERIFIED = new Date('2026-01-01T08:00:00Z');
const at = (days: number) => new Date(VERIFIED.getTime() + days * DAY);

const row = (overrides: Partial<PublishedArticleRow> = {}): PublishedArticleRow => ({
  id: 'a1',
  title: 'Hund anmelden',
  departmentId: 'd1',
  departmentName: 'Steueramt',
  reviewIntervalDays: 100,
  lastVerifiedAt: VERIFIED,
  validUntil: null,
  openFlags: 0,
  ...overrides,
});

const notify = (r: PublishedArticleRow, now: Date) => dueNotifications(assessArticles([r], now), now);

describe(dueNotifications.name, () => {
  it('stays silent while the article is fresh', () => {
    expect(notify(row(), at(50))).toEqual([]);
  });

  it('keeps one notification per review cycle, dated when the review became due soon', () => {
    const soon = notify(row(), at(90));
    const late = notify(row(), at(120));

    expect(soon).toHaveLength(1);
    expect(soon[0]).toMatchObject({ kind: 'review_due', freshness: 'due_soon', dueAt: at(100).toISOString(), at: at(86) });
    expect(late[0]).toMatchObject({ id: soon[0].id, freshness: 'overdue' });
  });

  it('starts a new notification after a verification (new due date)', () => {
    const before = notify(row(), at(120));
    const after = notify(row({ lastVerifiedAt: at(110) }), at(200));
    expect(after[0].id).not.toBe(before[0].id);
  });

  it('warns about validity ending within 14 days', () => {
    const result = notify(row({ validUntil: at(60) }), at(50));
    expect(result).toEqual([expect.objectContaining({ kind: 'expiring', dueAt: at(60).toISOString(), at: at(46) })]);
  });
});
