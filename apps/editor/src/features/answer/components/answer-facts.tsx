import { fieldState, type ArticleContent } from '@bsc/domain';
import { answerMessages as m } from '../messages';
// Its styles come with it: the author's view of the published version shows it too, and
// pages load lazily, so the answer page's stylesheet may not be there (it was not: bare bullets).
import '../answer.css';

const FACT_FIELDS = ['fees', 'prerequisites', 'procedure', 'processingTime', 'deadlines', 'legalBasis'] as const;
type FactField = (typeof FACT_FIELDS)[number];

/** What a fact says: its text, "keine" when the author stated none, "nicht hinterlegt" for fees nobody gave. */
function factText(content: ArticleContent, field: FactField): string | null {
  const state = fieldState(content, field);
  if (state === 'filled') return content[field];
  if (state === 'none') return field === 'fees' ? m.feesNone : m.statedNone;
  return field === 'fees' ? m.notProvided : null;
}

/**
 * Fees (always: an agent is asked about them), prerequisites, procedure, processing time,
 * deadlines and legal basis: filled in or stated "keine"; the other ones nobody provided are
 * named in one line "Nicht hinterlegt: …", so the card never implies there are none.
 */
export function AnswerFacts({ content }: { content: ArticleContent }) {
  const shown = FACT_FIELDS.flatMap((field) => {
    const text = factText(content, field);
    return text === null ? [] : [{ field, text }];
  });
  const unknown = FACT_FIELDS.filter((field) => field !== 'fees' && fieldState(content, field) === 'not_provided');
  return (
    <dl className="answer-facts">
      {shown.map(({ field, text }) => (
        <div key={field} className="answer-facts__row" data-field={field}>
          <dt>{m[field]}</dt>
          <dd className={`preserve-lines${text === m.notProvided ? ' muted' : ''}`}>{text}</dd>
        </div>
      ))}
      {unknown.length > 0 && (
        <div className="answer-facts__row" data-field="not-provided">
          <dt>{m.notProvidedList}</dt>
          <dd className="muted">{unknown.map((field) => m[field]).join(', ')}</dd>
        </div>
      )}
    </dl>
  );
}
