import type { PublishedArticleView } from '@bsc/domain';
import { Badge } from '../../../ui/badge';
import { formatDate } from '../../../ui/format-date';
import { BscBadge } from '../../articles/components/bsc-badge';
import { FreshnessBadge } from '../../articles/components/freshness-badge';
import { articleMessages } from '../../articles/messages';
import { answerMessages as m } from '../messages';

/** Title, status badges and the prominent short answer. */
export function AnswerHeader({ article }: { article: PublishedArticleView }) {
  const { content, freshness } = article;
  return (
    <header className="answer__header">
      <p className="muted">
        {articleMessages.kind[article.kind]} · {article.department.name}
      </p>
      <h1 id="answer-title">{content.title}</h1>
      <p className="badges">
        <BscBadge resolution={content.bscResolution} />
        <FreshnessBadge state={freshness.state} lastVerifiedAt={freshness.lastVerifiedAt} source={freshness.source} />
        {article.openFlags > 0 && <Badge tone="warning">{m.openFlags(article.openFlags)}</Badge>}
        {article.validUntil && <Badge tone="neutral">{m.validUntil(formatDate(article.validUntil))}</Badge>}
      </p>
      <section className="answer__short" aria-labelledby="short-answer-title">
        <h2 id="short-answer-title" className="visually-hidden">
          {m.shortAnswer}
        </h2>
        <p className="preserve-lines">{content.shortAnswer}</p>
      </section>
    </header>
  );
}
