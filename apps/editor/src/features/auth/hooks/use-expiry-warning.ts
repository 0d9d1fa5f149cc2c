import { useCallback, useEffect, useState } from 'react';
import { onApiActivity } from '../../../api/http';
import { expirySchedule } from '../session-timing';

/** What the expiry warning shows: open or not, and when the session ends (ms since epoch). */
export interface ExpiryWarning {
  open: boolean;
  endsAtMs: number;
  close: () => void;
}

/**
 * Opens the warning shortly before the session's idle timeout. Every request of the user (not
 * the app's polling) starts the countdown again; so does "Angemeldet bleiben", itself a request.
 */
export function useExpiryWarning(idleTimeoutSeconds: number): ExpiryWarning {
  const [lastActivity, setLastActivity] = useState(() => Date.now());
  const [open, setOpen] = useState(false);
  useEffect(() => onApiActivity(() => setLastActivity(Date.now())), []);
  const { warnAtMs, endsAtMs } = expirySchedule(lastActivity, idleTimeoutSeconds);
  useEffect(() => {
    setOpen(false);
    if (idleTimeoutSeconds <= 0) return;
    const timer = window.setTimeout(() => setOpen(true), Math.max(0, warnAtMs - Date.now()));
    return () => window.clearTimeout(timer);
  }, [warnAtMs, idleTimeoutSeconds]);
  return { open, endsAtMs, close: useCallback(() => setOpen(false), []) };
}
