import { fieldState, type PublishedArticleView } from '@bsc/domain';
import { formatDate } from '../../../ui/format-date';
import { RichTextView } from '../../../ui/rich-text/rich-text-view';
import { tiptapToPlainText } from '../../../ui/rich-text/plain-text';
import { detailsBody } from '../details-body';
import { answerMessages as m } from '../messages';
import { AnswerActions } from './answer-actions';
import { AnswerFacts } from './answer-facts';
import { AnswerHeader } from './answer-header';
import { AnswerLinks } from './answer-links';
import { CitizenPrintSheet } from './citizen-print-sheet';
import { ContactCard } from './contact-card';
import { DocumentChecklist } from './document-checklist';

/** Everything an agent needs at a glance; the print sheet replaces it on paper. */
export function AnswerCard({ article }: { article: PublishedArticleView }) {
  const { content } = article;
  const details = detailsBody(content.body, content.shortAnswer);
  const hasDetails = tiptapToPlainText(details).length > 0;
  return (
    <article className="answer" aria-labelledby="answer-title">
      <div className="no-print">
        <AnswerHeader article={article} />
        {/* At 1366×768 the short answer, the documents, the phone and the opening hours fit the
            first screen: the actions follow the documents (copying is about them), the contact
            card stands beside them with phone and hours first. */}
        <div className="answer__grid">
          <div className="answer__main">
            <section aria-labelledby="documents-title">
              <h2 id="documents-title">{m.documents}</h2>
              <DocumentChecklist documents={article.documents} state={fieldState(content, 'documents')} />
            </section>
            <AnswerActions article={article} />
            <AnswerFacts content={content} />
            <AnswerLinks links={content.links} stated={fieldState(content, 'links')} />
            {hasDetails && (
              <section aria-labelledby="details-title">
                <h2 id="details-title">{m.details}</h2>
                <RichTextView doc={details} />
              </section>
            )}
          </div>
          <aside className="answer__aside">
            <ContactCard article={article} />
          </aside>
        </div>
        <p className="muted answer__version">{m.version(article.version, formatDate(article.publishedAt))}</p>
      </div>
      <CitizenPrintSheet article={article} />
    </article>
  );
}
