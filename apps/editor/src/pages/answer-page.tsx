import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import { publishedArticleQuery } from '../features/answer/api/answer-api';
import { AnswerCard } from '../features/answer/components/answer-card';
import { OutcomeBar } from '../features/contacts/components/outcome-bar';
import { answerMessages } from '../features/answer/messages';
import { isTypingTarget } from '../ui/typing-target';
import { lastSearchPath } from '../features/search/last-search';
import { ErrorAlert } from '../ui/error-alert';
import { Loading } from '../ui/page-loading';
import '../features/answer/answer.css';

// Escape outside fields and dialogs: the agent is done with this answer and back at the hits.
function useEscapeTo(action: () => void): void {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== 'Escape' || event.defaultPrevented || isTypingTarget(event.target)) return;
      if (document.querySelector('dialog[open]')) return;
      event.preventDefault();
      action();
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [action]);
}

/** /artikel/:id — the answer card of a published article. */
export function AnswerPage() {
  const { id = '' } = useParams();
  const query = useQuery(publishedArticleQuery(id));
  const navigate = useNavigate();
  const location = useLocation();
  // Came from the search inside the app: "back" restores the query and results; otherwise the
  // last search of this tab is opened again.
  const canGoBack = location.key !== 'default';
  const backToResults = useCallback(() => {
    if (canGoBack) navigate(-1);
    else navigate(lastSearchPath());
  }, [canGoBack, navigate]);
  useEscapeTo(backToResults);

  return (
    <div className="page page--answer">
      <p className="no-print">
        <Link
          to={lastSearchPath()}
          aria-keyshortcuts="Escape"
          onClick={(event) => {
            event.preventDefault();
            backToResults();
          }}
        >
          <span aria-hidden="true">← </span>
          {answerMessages.backToResults}
        </Link>
      </p>
      {query.isPending && <Loading />}
      {query.isError && <ErrorAlert page error={query.error} onRetry={() => void query.refetch()} />}
      {query.data && <AnswerCard article={query.data} />}
      {query.data && <OutcomeBar article={query.data} />}
    </div>
  );
}
