import type { FreshnessItem } from '@bsc/domain';
import { freshnessMessages as m } from './messages';

/** The counts shown next to the trust score, in display order. */
export const FRESHNESS_COUNT_KEYS = ['published', 'fresh', 'dueSoon', 'overdue', 'flagged', 'expiring'] as const;

const percent = new Intl.NumberFormat('de-DE', { style: 'percent', maximumFractionDigits: 0 });

/** The trust score (0…1) as a German percentage, e.g. "87 %"; a dash without articles. */
export function formatTrustScore(score: number | null): string {
  return score === null ? '–' : percent.format(score);
}

/** "in 5 Tagen fällig", "heute fällig" or "seit 3 Tagen überfällig". */
export function describeDue(item: Pick<FreshnessItem, 'freshness' | 'daysLeft'>): string {
  if (item.freshness === 'overdue') return m.overdueSince(Math.max(1, -item.daysLeft));
  return m.dueIn(Math.max(0, item.daysLeft));
}

/** Verification resets a due review; it cannot help an article that is merely expiring. */
export function canBeVerified(item: Pick<FreshnessItem, 'freshness'>): boolean {
  return item.freshness !== 'fresh';
}
