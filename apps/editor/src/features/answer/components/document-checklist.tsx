import type { FieldState, ResolvedDocument } from '@bsc/domain';
import { useId } from 'react';
import { answerMessages } from '../messages';
// Its styles come with it: the author's view of the published version shows it too, and
// pages load lazily, so the answer page's stylesheet may not be there (it was not: bare bullets).
import '../answer.css';

/**
 * Required documents as checkboxes the agent ticks while going through them with the citizen.
 * "Keine Unterlagen erforderlich" only when the author said so; an empty list nobody explained
 * is "nicht hinterlegt".
 */
export function DocumentChecklist({ documents, state }: { documents: ResolvedDocument[]; state: FieldState }) {
  const baseId = useId();
  if (documents.length === 0) return <p>{state === 'none' ? answerMessages.noDocuments : answerMessages.documentsNotProvided}</p>;
  return (
    <ul className="checklist" aria-label={answerMessages.documentsChecklistLabel}>
      {documents.map((doc, index) => {
        const id = `${baseId}-${index}`;
        return (
          <li key={doc.documentId} className="checklist__item">
            <input type="checkbox" id={id} aria-describedby={doc.note ? `${id}-note` : undefined} />
            <label htmlFor={id}>{doc.name}</label>
            {doc.note && (
              <p id={`${id}-note`} className="checklist__note">
                {doc.note}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
