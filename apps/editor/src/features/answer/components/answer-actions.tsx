import type { PublishedArticleView } from '@bsc/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { FlagDialog } from '../../feedback/components/flag-dialog';
import { feedbackMessages } from '../../feedback/messages';
import { publishedArticleKey } from '../api/answer-api';
import { buildChecklistText } from '../checklist-text';
import { useCopyToClipboard } from '../hooks/use-copy-to-clipboard';
import { answerMessages as m } from '../messages';

/** Copy checklist, print, flag. */
export function AnswerActions({ article }: { article: PublishedArticleView }) {
  const [copyResult, copy] = useCopyToClipboard();
  const [flagOpen, setFlagOpen] = useState(false);
  const [flagSent, setFlagSent] = useState(false);
  const queryClient = useQueryClient();

  function onFlagSent() {
    setFlagOpen(false);
    setFlagSent(true);
    void queryClient.invalidateQueries({ queryKey: publishedArticleKey(article.id) });
  }

  let status = '';
  if (copyResult === 'copied') status = m.copied;
  else if (copyResult === 'failed') status = m.copyFailed;
  else if (flagSent) status = feedbackMessages.sent;

  return (
    <div className="answer__actions no-print">
      <div className="button-row" role="group" aria-label={m.actions}>
        <button type="button" className="button button--primary" onClick={() => void copy(buildChecklistText(article))}>
          {m.copyChecklist}
        </button>
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          {m.print}
        </button>
        <button type="button" className="button button--secondary" onClick={() => setFlagOpen(true)}>
          {m.flag}
        </button>
      </div>
      <p className="answer__action-status" role="status">
        {status}
      </p>
      <FlagDialog articleId={article.id} open={flagOpen} onClose={() => setFlagOpen(false)} onSent={onFlagSent} />
    </div>
  );
}
