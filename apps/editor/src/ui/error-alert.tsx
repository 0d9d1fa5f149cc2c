import { describeError } from './error-description';
import { uiMessages } from './messages';

/**
 * Shows what went wrong, from the error's stable code: a headline ("Artikel nicht gefunden"), the
 * explanation, and "Erneut versuchen" only where retrying can help. `page`: the error replaces the
 * page, so its headline is the page's h1. The code and correlation id stay available for support
 * in the collapsed "Technische Details", never in the visible text.
 */
export function ErrorAlert({ error, onRetry, page = false }: { error: unknown; onRetry?: () => void; page?: boolean }) {
  const { title, text, retryable, code, reference } = describeError(error);
  const Heading = page ? 'h1' : 'p';
  return (
    <div className="alert alert--error" role="alert">
      {title && <Heading className="alert__title">{title}</Heading>}
      <p>{text}</p>
      {onRetry && retryable && (
        <p>
          <button type="button" className="button button--secondary" onClick={onRetry}>
            {uiMessages.retry}
          </button>
        </p>
      )}
      {(code || reference) && (
        <details className="alert__details">
          <summary>{uiMessages.technicalDetails}</summary>
          {code && (
            <p>
              {uiMessages.errorCode}: <code>{code}</code>
            </p>
          )}
          {reference && (
            <p>
              {uiMessages.errorReference}: <code>{reference}</code>
            </p>
          )}
        </details>
      )}
    </div>
  );
}
