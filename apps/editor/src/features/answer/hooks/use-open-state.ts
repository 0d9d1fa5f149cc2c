// "Open now" is computed in the browser, always in the office's time zone (Europe/Berlin),
// whatever time zone the agent's computer is set to.
import { localDayAndTime, OFFICE_TIME_ZONE, openStateAt, type OpeningHours, type OpenState } from '@bsc/domain';
import { useEffect, useState } from 'react';

/** Open/closed now, re-evaluated every minute while the card is visible. */
export function useOpenState(hours: OpeningHours): OpenState {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), 60_000);
    return () => window.clearInterval(timer);
  }, []);
  return openStateAt(hours, localDayAndTime(now, OFFICE_TIME_ZONE));
}
