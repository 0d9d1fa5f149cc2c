import type { ArticleContent } from '@bsc/domain';
import { answerMessages as m } from '../messages';

const FACT_FIELDS = ['fees', 'prerequisites', 'procedure', 'processingTime', 'deadlines', 'legalBasis'] as const;

/** Fees, prerequisites, procedure, processing time, deadlines and legal basis (those filled in). */
export function AnswerFacts({ content }: { content: ArticleContent }) {
  const filled = FACT_FIELDS.filter((field) => content[field].trim());
  if (filled.length === 0) return null;
  return (
    <dl className="answer-facts">
      {filled.map((field) => (
        <div key={field} className="answer-facts__row">
          <dt>{m[field]}</dt>
          <dd className="preserve-lines">{content[field]}</dd>
        </div>
      ))}
    </dl>
  );
}
