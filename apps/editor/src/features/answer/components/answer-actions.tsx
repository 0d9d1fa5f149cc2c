import type { PublishedArticleView } from '@bsc/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { FlagDialog } from '../../feedback/components/flag-dialog';
import { feedbackMessages } from '../../feedback/messages';
import { HELPFUL_KEY } from '../../learning/feedback';
import { useAnswerFeedback, type AnswerFeedback } from '../../learning/hooks/use-answer-feedback';
import { learningMessages } from '../../learning/messages';
import { publishedArticleKey } from '../api/answer-api';
import { buildChecklistText } from '../checklist-text';
import { useCopyToClipboard } from '../hooks/use-copy-to-clipboard';
import { answerMessages as m } from '../messages';

/** "Hat geholfen" (key h) and "Hat nicht geholfen"; only for an answer reached from a search. */
function VerdictButtons({ feedback }: { feedback: AnswerFeedback }) {
  if (!feedback.fromSearch) return null;
  const l = learningMessages;
  return (
    <div className="button-row" role="group" aria-label={l.feedbackGroup}>
      <button
        type="button"
        className="button button--secondary"
        aria-keyshortcuts={HELPFUL_KEY}
        aria-pressed={feedback.verdict === 'helpful'}
        onClick={() => feedback.judge('helpful')}
      >
        <kbd aria-hidden="true">{l.helpfulKey}</kbd> {l.helpful}
      </button>
      <button
        type="button"
        className="button button--secondary"
        aria-pressed={feedback.verdict === 'not_helpful'}
        onClick={() => feedback.judge('not_helpful')}
      >
        {l.notHelpful}
      </button>
    </div>
  );
}

/** Copy checklist, print, flag; and, after a search, whether the answer helped. */
export function AnswerActions({ article }: { article: PublishedArticleView }) {
  const [copyResult, copy] = useCopyToClipboard();
  const [flagOpen, setFlagOpen] = useState(false);
  const [flagSent, setFlagSent] = useState(false);
  const queryClient = useQueryClient();
  const feedback = useAnswerFeedback(article.id);

  function onFlagSent() {
    setFlagOpen(false);
    setFlagSent(true);
    void queryClient.invalidateQueries({ queryKey: publishedArticleKey(article.id) });
  }

  async function copyChecklist() {
    if (await copy(buildChecklistText(article))) feedback.signal('copied');
  }

  function print() {
    feedback.signal('printed');
    window.print();
  }

  let status = '';
  if (copyResult === 'copied') status = m.copied;
  else if (copyResult === 'failed') status = m.copyFailed;
  else if (flagSent) status = feedbackMessages.sent;
  else if (feedback.thanks) status = feedback.thanks;

  return (
    <div className="answer__actions no-print">
      <div className="answer__action-groups">
        <div className="button-row" role="group" aria-label={m.actions}>
          <button type="button" className="button button--primary" onClick={() => void copyChecklist()}>
            {m.copyChecklist}
          </button>
          <button type="button" className="button button--secondary" onClick={print}>
            {m.print}
          </button>
          <button type="button" className="button button--secondary" onClick={() => setFlagOpen(true)}>
            {m.flag}
          </button>
        </div>
        <VerdictButtons feedback={feedback} />
      </div>
      <p className="answer__action-status" role="status">
        {status}
      </p>
      <FlagDialog articleId={article.id} open={flagOpen} onClose={() => setFlagOpen(false)} onSent={onFlagSent} />
    </div>
  );
}
