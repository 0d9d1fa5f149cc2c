import { useState, type FormEvent } from 'react';
import { useAuth } from '../../../app/auth-context';
import { ErrorAlert } from '../../../ui/error-alert';
import { FormActions, TextField } from '../../../ui/form-field';
import { useFocusFirstError } from '../../../ui/use-focus-first-error';
import { loginFailureFields, missingLoginFields, type LoginFieldErrors } from '../login-errors';
import { authMessages as m } from '../messages';

/** Login + password form; on success the login page redirects by role. */
export function LoginForm() {
  const { signIn } = useAuth();
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [fieldErrors, setFieldErrors] = useState<LoginFieldErrors>({});
  const [busy, setBusy] = useState(false);
  const [formRef, focusFirstError] = useFocusFirstError();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const missing = missingLoginFields(login, password);
    setFieldErrors(missing);
    if (missing.login || missing.password) return focusFirstError();
    setBusy(true);
    setError(null);
    // On success this component unmounts (redirect), so busy is only reset on failure. A refused
    // login keeps the focus in the form (the disabled button would drop it to <body>): on the
    // password, emptied for the next try, or on the first field the failure concerns.
    await signIn(login.trim(), password).catch((caught: unknown) => {
      const failed = loginFailureFields(caught);
      setError(caught);
      setFieldErrors(failed);
      if (failed.password) setPassword('');
      setBusy(false);
      focusFirstError();
    });
  }

  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate ref={formRef}>
      {error !== null && <ErrorAlert error={error} />}
      <TextField
        label={m.loginLabel}
        value={login}
        onChange={setLogin}
        autoComplete="username"
        autoFocus
        required
        error={fieldErrors.login}
      />
      <TextField
        label={m.passwordLabel}
        type="password"
        value={password}
        onChange={setPassword}
        autoComplete="current-password"
        required
        error={fieldErrors.password}
      />
      <FormActions submitLabel={m.submit} busyLabel={m.submitting} busy={busy} />
    </form>
  );
}
