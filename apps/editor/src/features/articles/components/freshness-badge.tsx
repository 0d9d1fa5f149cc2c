import type { FreshnessState } from '@bsc/domain';
import { Badge, type BadgeTone } from '../../../ui/badge';
import { formatDate } from '../../../ui/format-date';
import { articleMessages } from '../messages';

const TONE: Record<FreshnessState, BadgeTone> = { fresh: 'success', due_soon: 'warning', overdue: 'danger' };

/** Props of FreshnessBadge. */
export interface FreshnessBadgeProps {
  state: FreshnessState;
  lastVerifiedAt?: string;
  /** Imported and not checked by a person since: labelled with the source's date instead. */
  source?: { updatedAt: string | null } | null;
}

/**
 * Freshness of the last review; with a date it reads "geprüft am …". An imported article
 * nobody has checked reads "laut Quelle aktualisiert am … – Prüfung durch den Fachbereich fällig".
 */
export function FreshnessBadge({ state, lastVerifiedAt, source }: FreshnessBadgeProps) {
  if (source) {
    const label = source.updatedAt ? articleMessages.sourceUpdatedOn(formatDate(source.updatedAt)) : articleMessages.sourceUnchecked;
    return (
      <Badge tone="warning">
        {label} – {articleMessages.sourceReviewDue}
      </Badge>
    );
  }
  const label = lastVerifiedAt ? articleMessages.checkedOn(formatDate(lastVerifiedAt)) : articleMessages.freshness[state];
  const suffix = lastVerifiedAt && state !== 'fresh' ? ` – ${articleMessages.freshness[state]}` : '';
  return (
    <Badge tone={TONE[state]}>
      {label}
      {suffix}
    </Badge>
  );
}
