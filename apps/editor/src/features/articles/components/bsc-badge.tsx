import type { BscResolution } from '@bsc/domain';
import { Badge, type BadgeTone } from '../../../ui/badge';
import { articleMessages } from '../messages';

const TONE: Record<BscResolution, BadgeTone> = { complete: 'success', partial: 'info', referral: 'warning' };

/** Whether the BSC can finish the concern at the counter. */
export function BscBadge({ resolution }: { resolution: BscResolution }) {
  return <Badge tone={TONE[resolution]}>{articleMessages.bscResolution[resolution]}</Badge>;
}
