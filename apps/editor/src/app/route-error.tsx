import { isRouteErrorResponse, Link, useRouteError } from 'react-router-dom';
import { appMessages } from './messages';

/** Shown when a route fails to load or render (e.g. a stale chunk after a deployment). */
export function RouteError() {
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return (
    <section className="page" aria-labelledby="route-error-title">
      <h1 id="route-error-title">{notFound ? appMessages.notFoundTitle : appMessages.routeErrorTitle}</h1>
      <p>{notFound ? appMessages.notFoundText : appMessages.routeErrorText}</p>
      <p>
        <Link to="/">{appMessages.backToStart}</Link>{' '}
        <button type="button" className="button button--secondary" onClick={() => window.location.reload()}>
          {appMessages.reload}
        </button>
      </p>
    </section>
  );
}

/** Catch-all page for unknown addresses. */
export function NotFound() {
  return (
    <section className="page" aria-labelledby="not-found-title">
      <h1 id="not-found-title">{appMessages.notFoundTitle}</h1>
      <p>{appMessages.notFoundText}</p>
      <Link to="/">{appMessages.backToStart}</Link>
    </section>
  );
}
