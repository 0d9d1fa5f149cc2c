import type { FlagView } from '@bsc/domain';
import { Badge } from '../../../ui/badge';
import { formatDate } from '../../../ui/format-date';
import { feedbackMessages } from '../../feedback/messages';
import { flagMessages as m } from '../messages';

/** Reason, and which published version the agent saw. */
export function ReasonCell({ flag }: { flag: FlagView }) {
  return (
    <>
      {feedbackMessages.reason[flag.reason]}
      {flag.version !== null && <span className="muted flag-note">{m.flaggedVersion(flag.version)}</span>}
    </>
  );
}

/** The agent's comment, kept with its line breaks. */
export function CommentCell({ flag }: { flag: FlagView }) {
  return flag.comment ? <span className="preserve-lines">{flag.comment}</span> : <span className="muted">{m.noComment}</span>;
}

/** Resolution note with date and fixing version, or "still in progress". */
export function ResultCell({ flag }: { flag: FlagView }) {
  if (flag.status === 'open') return <span className="muted">{m.waiting}</span>;
  return (
    <>
      <span className="preserve-lines">{flag.resolutionNote}</span>
      <span className="muted flag-note">
        {m.resolvedOn(formatDate(flag.resolvedAt))}
        {flag.fixedInVersion !== null && `, ${m.fixedIn(flag.fixedInVersion)}`}
      </span>
    </>
  );
}

/** "Offen" or "Erledigt". */
export function StatusBadge({ flag }: { flag: FlagView }) {
  return <Badge tone={flag.status === 'open' ? 'warning' : 'success'}>{m.status[flag.status]}</Badge>;
}
