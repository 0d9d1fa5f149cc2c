import type { ContactOutcome } from '@bsc/domain';
import { useEffect, useRef } from 'react';
import { outcomeForKey } from '../outcome-keys';

/** Calls `onOutcome` for the keys 1–5 anywhere on the page, except in fields and while a dialog is open. */
export function useOutcomeHotkeys(onOutcome: (outcome: ContactOutcome) => void): void {
  const latest = useRef(onOutcome);
  latest.current = onOutcome;
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || document.querySelector('dialog[open]')) return;
      const outcome = outcomeForKey(event);
      if (!outcome) return;
      event.preventDefault();
      latest.current(outcome);
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
