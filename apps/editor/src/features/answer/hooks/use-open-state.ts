// "Open now" is computed in the browser, always in the office's time zone (Europe/Berlin),
// whatever time zone the agent's computer is set to.
import { localDayAndTime, OFFICE_TIME_ZONE, openStateAt, type OfficeClock, type OpeningHours, type OpenState } from '@bsc/domain';
import { useEffect, useState } from 'react';

/** Weekday and time at the office, re-evaluated every minute while the card is visible. */
export function useOfficeClock(): OfficeClock {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), 60_000);
    return () => window.clearInterval(timer);
  }, []);
  return localDayAndTime(now, OFFICE_TIME_ZONE);
}

/** Open/closed now at the office. */
export function useOpenState(hours: OpeningHours): OpenState {
  return openStateAt(hours, useOfficeClock());
}
