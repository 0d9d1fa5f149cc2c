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

/** Props of FieldDiffView. */
export interface FieldDiffViewProps {
  diffs: FieldDiff[];
  /** A new article: filled fields are "neu", empty ones "leer" (nothing is compared). */
  newArticle?: boolean;
  /** Shown when no field changed (or, for a new article, every field is empty). */
  emptyText?: string;
}

/** Per-field diff: changed (or, for a new article, filled) fields open, the others collapsed. */
export function FieldDiffView({ diffs, newArticle = false, emptyText = m.noChanges }: FieldDiffViewProps) {
  if (!diffs.some((diff) => diff.changed)) return <p>{emptyText}</p>;
  const badge = (changed: boolean) => (newArticle ? (changed ? m.newField : m.emptyField) : changed ? m.changed : m.unchanged);
  return (
    <div className="diff">
      {diffs.map((diff) => (
        <details key={diff.field} className={`diff__field${diff.changed ? ' diff__field--changed' : ''}`} open={diff.changed}>
          <summary>
            <span className="diff__label">{articleMessages.field[diff.field]}</span>{' '}
            <span className={`badge badge--${diff.changed ? 'warning' : 'neutral'}`}>{badge(diff.changed)}</span>
          </summary>
          <DiffParts parts={diff.parts} />
        </details>
      ))}
    </div>
  );
}
