import { useEffect } from 'react';
import { Navigate, useSearchParams } from 'react-router-dom';
import { homePathFor, safeRedirectPath } from '../app/access';
import { useAuth } from '../app/auth-context';
import { appMessages } from '../app/messages';
import { pageTitle } from '../app/page-arrival';
import { LoginForm } from '../features/auth/components/login-form';
import { authMessages } from '../features/auth/messages';
import { Loading } from '../ui/page-loading';

/** Anmeldung: login form; a logged-in user is sent on to their start page. */
export function LoginPage() {
  const { user, sessionEnded } = useAuth();
  const [params] = useSearchParams();
  // Outside the app shell, which names every other page by its h1.
  useEffect(() => {
    document.title = pageTitle(authMessages.pageTitle);
  }, []);
  if (user === undefined) return <Loading label={authMessages.sessionLoading} />;
  if (user) {
    return <Navigate to={safeRedirectPath(params.get('weiter')) ?? homePathFor(user.roles)} replace />;
  }
  return (
    <div className="login">
      <main id="inhalt" className="login__panel">
        <p className="login__brand">{appMessages.productName}</p>
        <h1>{authMessages.pageTitle}</h1>
        {sessionEnded && (
          <p className="notice notice--warning" role="alert">
            {authMessages.sessionEnded}
          </p>
        )}
        <p>{authMessages.intro}</p>
        <LoginForm />
      </main>
    </div>
  );
}
