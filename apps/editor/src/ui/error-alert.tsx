import { ApiError } from '../api/http';
import { uiMessages } from './messages';

/** Shows an error message as an alert; the API's German message when there is one. */
export function ErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const message = error instanceof ApiError ? error.message : uiMessages.genericError;
  const reference = error instanceof ApiError && error.correlationId ? error.correlationId : null;
  return (
    <div className="alert alert--error" role="alert">
      <p>{message}</p>
      {reference && (
        <p className="alert__reference">
          {uiMessages.errorReference}: {reference}
        </p>
      )}
      {onRetry && (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          {uiMessages.retry}
        </button>
      )}
    </div>
  );
}
