import { useState, type FormEvent } from 'react';
import { useAuth } from '../../../app/auth-context';
import { ErrorAlert } from '../../../ui/error-alert';
import { authMessages } from '../messages';

/** Login + password form; on success the login page redirects by role. */
export function LoginForm() {
  const { signIn } = useAuth();
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setMissing(!login.trim() || !password);
    if (!login.trim() || !password) return;
    setBusy(true);
    setError(null);
    try {
      await signIn(login.trim(), password);
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  }

  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate>
      {missing && (
        <p className="alert alert--error" role="alert">
          {authMessages.missingFields}
        </p>
      )}
      {error !== null && <ErrorAlert error={error} />}
      <div className="field">
        <label htmlFor="login">{authMessages.loginLabel}</label>
        <input
          id="login"
          name="username"
          autoComplete="username"
          value={login}
          onChange={(event) => setLogin(event.target.value)}
          autoFocus
          required
        />
      </div>
      <div className="field">
        <label htmlFor="password">{authMessages.passwordLabel}</label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          required
        />
      </div>
      <button type="submit" className="button button--primary" disabled={busy}>
        {busy ? authMessages.submitting : authMessages.submit}
      </button>
    </form>
  );
}
