import { fieldState, type PublishedArticleView } from '@bsc/domain';
import { effectiveContact } from '../contact';
import { feeLines } from '../fee-lines';
import { answerMessages as m } from '../messages';
import { OpeningHoursList } from './opening-hours-view';
import { AnswerLinks } from './answer-links';

function PrintOffice({ article }: { article: PublishedArticleView }) {
  const contact = effectiveContact(article);
  const address = [contact.departmentName, contact.address, contact.room && `${m.room} ${contact.room}`];
  const reach = [contact.phone && `${m.phone}: ${contact.phone}`, contact.email && `${m.email}: ${contact.email}`];
  return (
    <>
      <h3>{m.printOffice}</h3>
      <p className="preserve-lines">{address.filter(Boolean).join('\n')}</p>
      <p>{reach.filter(Boolean).join(' · ')}</p>
      <h3>{m.openingHours}</h3>
      <OpeningHoursList hours={article.department.openingHours} />
      {article.locations.length > 1 && <PrintOtherOffices article={article} />}
    </>
  );
}

// The catalogue names several offices for some services; a citizen who leaves with one address
// may go to the wrong one, so the sheet lists the others too (the card does the same).
function PrintOtherOffices({ article }: { article: PublishedArticleView }) {
  const others = article.locations.filter((location) => location.id !== article.department.id);
  if (others.length === 0) return null;
  return (
    <>
      <h3>{m.printOtherOffices(others.length)}</h3>
      <ul className="print-sheet__offices" data-testid="print-other-offices">
        {others.map((location) => (
          <li key={location.id}>
            {[location.name, location.address, location.phone && `${m.phone}: ${location.phone}`].filter(Boolean).join(' · ')}
          </li>
        ))}
      </ul>
    </>
  );
}

// One fee per line, as the author wrote them: on paper a run-on line of amounts is misread.
function PrintFees({ content }: { content: PublishedArticleView['content'] }) {
  const state = fieldState(content, 'fees');
  if (state !== 'filled') {
    return (
      <p data-testid="print-fees">
        <strong>{m.fees}:</strong> {state === 'none' ? m.feesNone : m.notProvided}
      </p>
    );
  }
  return (
    <>
      <h3>{m.fees}</h3>
      <ul className="print-sheet__fees" data-testid="print-fees">
        {feeLines(content.fees).map((line, index) => (
          <li key={index}>{line}</li>
        ))}
      </ul>
    </>
  );
}

/** The one-page checklist handed to the citizen; only visible when printing. */
export function CitizenPrintSheet({ article }: { article: PublishedArticleView }) {
  const { content } = article;
  return (
    <div className="print-sheet print-only">
      <p className="print-sheet__kicker">{m.printTitle}</p>
      <h2 className="print-sheet__title">{content.title}</h2>
      <p>{content.shortAnswer}</p>
      {article.documents.length > 0 ? (
        <>
          <h3>{m.printIntro}</h3>
          <ul className="print-sheet__checklist">
            {article.documents.map((doc) => (
              <li key={doc.documentId}>
                <span className="print-sheet__box" aria-hidden="true" />
                {doc.name}
                {doc.note && <span className="print-sheet__note"> – {doc.note}</span>}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p data-testid="print-documents">{fieldState(content, 'documents') === 'none' ? m.noDocuments : m.documentsNotProvided}</p>
      )}
      <PrintFees content={content} />
      <PrintOffice article={article} />
      <AnswerLinks links={content.links} printUrls />
    </div>
  );
}
