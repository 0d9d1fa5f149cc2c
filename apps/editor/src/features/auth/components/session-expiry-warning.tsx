import { useState } from 'react';
import { useAuth } from '../../../app/auth-context';
import { Dialog } from '../../../ui/dialog';
import { ErrorAlert } from '../../../ui/error-alert';
import { useExpiryWarning } from '../hooks/use-expiry-warning';
import { authMessages as m } from '../messages';
import { minutesLeft } from '../session-timing';

/** "Ihre Sitzung läuft bald ab" with "Angemeldet bleiben", shown before the idle timeout. */
export function SessionExpiryWarning() {
  const { idleTimeoutSeconds, keepAlive } = useAuth();
  const warning = useExpiryWarning(idleTimeoutSeconds);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function stay() {
    setBusy(true);
    setError(null);
    // Success is a request, so the countdown restarts and the dialog closes by itself; a 401
    // here means the session is already over and the app shows the login with its notice.
    await keepAlive().catch((caught: unknown) => setError(caught));
    setBusy(false);
  }

  return (
    <Dialog open={warning.open} title={m.expiryTitle} onClose={warning.close}>
      {error !== null && <ErrorAlert error={error} />}
      <p>{m.expiryText(minutesLeft(Date.now(), warning.endsAtMs))}</p>
      <div className="button-row">
        <button type="button" className="button button--primary" data-autofocus="" disabled={busy} onClick={() => void stay()}>
          {busy ? m.stayingLoggedIn : m.stayLoggedIn}
        </button>
      </div>
    </Dialog>
  );
}
