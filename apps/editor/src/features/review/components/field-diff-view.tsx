import type { FieldDiff } from '@bsc/domain';
import { articleMessages } from '../../articles/messages';
import { reviewMessages as m } from '../messages';

// Screen readers do not announce <ins>/<del> reliably; hidden text says what changed.
function Hidden({ text }: { text: string }) {
  return <span className="visually-hidden">{text}</span>;
}

function DiffParts({ parts }: { parts: FieldDiff['parts'] }) {
  return (
    <p className="diff__text">
      {parts.map((part, index) => {
        if (part.added) {
          return (
            <ins key={index} className="diff__ins">
              <Hidden text={`[${m.added}: `} />
              {part.value}
              <Hidden text="]" />
            </ins>
          );
        }
        if (part.removed) {
          return (
            <del key={index} className="diff__del">
              <Hidden text={`[${m.removed}: `} />
              {part.value}
              <Hidden text="]" />
            </del>
          );
        }
        return <span key={index}>{part.value}</span>;
      })}
    </p>
  );
}

/** Per-field diff: changed fields open, unchanged ones collapsed. */
export function FieldDiffView({ diffs }: { diffs: FieldDiff[] }) {
  if (!diffs.some((diff) => diff.changed)) return <p>{m.noChanges}</p>;
  return (
    <div className="diff">
      {diffs.map((diff) => (
        <details key={diff.field} className={`diff__field${diff.changed ? ' diff__field--changed' : ''}`} open={diff.changed}>
          <summary>
            <span className="diff__label">{articleMessages.field[diff.field]}</span>{' '}
            <span className={`badge badge--${diff.changed ? 'warning' : 'neutral'}`}>{diff.changed ? m.changed : m.unchanged}</span>
          </summary>
          <DiffParts parts={diff.parts} />
        </details>
      ))}
    </div>
  );
}
