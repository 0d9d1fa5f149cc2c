import type { FreshnessState } from '@bsc/domain';
import { Badge, type BadgeTone } from '../../../ui/badge';
import { formatDate } from '../../../ui/format-date';
import { articleMessages } from '../messages';

const TONE: Record<FreshnessState, BadgeTone> = { fresh: 'success', due_soon: 'warning', overdue: 'danger' };

/** Freshness of the last review; with a date it reads "geprüft am …". */
export function FreshnessBadge({ state, lastVerifiedAt }: { state: FreshnessState; lastVerifiedAt?: string }) {
  const label = lastVerifiedAt ? articleMessages.checkedOn(formatDate(lastVerifiedAt)) : articleMessages.freshness[state];
  const suffix = lastVerifiedAt && state !== 'fresh' ? ` – ${articleMessages.freshness[state]}` : '';
  return (
    <Badge tone={TONE[state]}>
      {label}
      {suffix}
    </Badge>
  );
}
