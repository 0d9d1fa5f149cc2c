import { useQuery } from '@tanstack/react-query';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import { publishedArticleQuery } from '../features/answer/api/answer-api';
import { AnswerCard } from '../features/answer/components/answer-card';
import { OutcomeBar } from '../features/contacts/components/outcome-bar';
import { answerMessages } from '../features/answer/messages';
import { ErrorAlert } from '../ui/error-alert';
import { Loading } from '../ui/page-loading';
import '../features/answer/answer.css';

/** /artikel/:id — the answer card of a published article. */
export function AnswerPage() {
  const { id = '' } = useParams();
  const query = useQuery(publishedArticleQuery(id));
  const navigate = useNavigate();
  const location = useLocation();
  // Came from the search inside the app: "back" restores the query and results.
  const canGoBack = location.key !== 'default';

  return (
    <div className="page page--answer">
      <p className="no-print">
        <Link
          to="/"
          onClick={(event) => {
            if (!canGoBack) return;
            event.preventDefault();
            navigate(-1);
          }}
        >
          <span aria-hidden="true">← </span>
          {answerMessages.backToResults}
        </Link>
      </p>
      {query.isPending && <Loading />}
      {query.isError && <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />}
      {query.data && <AnswerCard article={query.data} />}
      {query.data && <OutcomeBar article={query.data} />}
    </div>
  );
}
