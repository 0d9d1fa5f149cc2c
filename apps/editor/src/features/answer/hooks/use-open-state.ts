import type { OpeningHours } from '@bsc/domain';
import { useEffect, useState } from 'react';
import { officeClock, openStateAt, type OpenState } from '../opening-hours';

/** Open/closed now, re-evaluated every minute while the card is visible. */
export function useOpenState(hours: OpeningHours): OpenState {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), 60_000);
    return () => window.clearInterval(timer);
  }, []);
  return openStateAt(hours, officeClock(now));
}
