import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { Loading } from '../ui/page-loading';
import type { AccessRule } from './access';
import { useAuth } from './auth-context';
import { appMessages } from './messages';

/** Renders child routes only with a session; otherwise sends the user to the login page. */
export function RequireSession() {
  const { user, loggedOut } = useAuth();
  const location = useLocation();
  if (user === undefined) return <Loading />;
  if (user === null) {
    const target = `${location.pathname}${location.search}`;
    const query = loggedOut || target === '/' ? '' : `?weiter=${encodeURIComponent(target)}`;
    return <Navigate to={`/anmeldung${query}`} replace />;
  }
  return <Outlet />;
}

/** Renders child routes only for users the rule allows. */
export function RequireAccess({ allow }: { allow: AccessRule }) {
  const { user } = useAuth();
  if (!user || !allow(user)) {
    return (
      <section aria-labelledby="forbidden-title">
        <h1 id="forbidden-title">{appMessages.forbiddenTitle}</h1>
        <p>{appMessages.forbiddenText}</p>
      </section>
    );
  }
  return <Outlet />;
}
