import { useState, type FormEvent } from 'react';
import { useAuth } from '../../../app/auth-context';
import { ErrorAlert } from '../../../ui/error-alert';
import { FormActions, TextField } from '../../../ui/form-field';
import { authMessages as m } from '../messages';

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
    // On success this component unmounts (redirect), so busy is only reset on failure.
    await signIn(login.trim(), password).catch((caught: unknown) => {
      setError(caught);
      setBusy(false);
    });
  }

  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate>
      {missing && (
        <p className="alert alert--error" role="alert">
          {m.missingFields}
        </p>
      )}
      {error !== null && <ErrorAlert error={error} />}
      <TextField label={m.loginLabel} value={login} onChange={setLogin} autoComplete="username" autoFocus required />
      <TextField label={m.passwordLabel} type="password" value={password} onChange={setPassword} autoComplete="current-password" required />
      <FormActions submitLabel={m.submit} busyLabel={m.submitting} busy={busy} />
    </form>
  );
}
