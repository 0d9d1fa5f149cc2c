import { SESSION_TOUCH_INTERVAL_SECONDS } from '@bsc/domain';

/** How long before the idle timeout the app warns ("Angemeldet bleiben"). */
export const EXPIRY_WARNING_SECONDS = 120;

/** When the session ends at the latest and when to warn, counted from the user's last request (ms since epoch). */
export function expirySchedule(lastActivityMs: number, idleTimeoutSeconds: number): { warnAtMs: number; endsAtMs: number } {
  // The server may have recorded the activity up to a touch interval before the last request.
  const lifetime = Math.max(0, idleTimeoutSeconds - SESSION_TOUCH_INTERVAL_SECONDS);
  // Short timeouts (tests, strict setups) still warn, halfway through instead of two minutes before.
  const warnAfter = Math.max(lifetime / 2, lifetime - EXPIRY_WARNING_SECONDS);
  return { warnAtMs: lastActivityMs + warnAfter * 1000, endsAtMs: lastActivityMs + lifetime * 1000 };
}

/** Whole minutes left until `endsAtMs`, at least 1 (shown in the warning). */
export function minutesLeft(nowMs: number, endsAtMs: number): number {
  return Math.max(1, Math.ceil((endsAtMs - nowMs) / 60_000));
}
