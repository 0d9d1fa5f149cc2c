import type { SearchSignal } from '@bsc/domain';
import { useCallback, useEffect, useRef, useState } from 'react';
import { sendSearchFeedback } from '../api/learning-api';
import { isHelpfulKey, verdictThanks, type Verdict } from '../feedback';
import { useSearchOrigin } from '../search-origin';

/** What the answer card gets for the learning. */
export interface AnswerFeedback {
  /** The article was reached from a settled search: its signals can teach the search. */
  fromSearch: boolean;
  verdict: Verdict | null;
  /** Thanks for the last verdict, '' before it was taken (and when it failed). */
  thanks: string;
  judge: (verdict: Verdict) => void;
  /** Sends a usage signal (copied, printed); failures are swallowed. */
  signal: (signal: SearchSignal) => void;
}

// "h" anywhere on the page, except in fields and while a dialog is open.
function useHelpfulHotkey(onHelpful: (() => void) | null): void {
  const latest = useRef(onHelpful);
  latest.current = onHelpful;
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || document.querySelector('dialog[open]') || !isHelpfulKey(event)) return;
      const action = latest.current;
      if (!action) return;
      event.preventDefault();
      action();
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}

/**
 * Usage signals of an answer reached from a search. A failed signal costs nothing but a lesson
 * for the search: the agent mid-call never sees an error for it.
 */
export function useAnswerFeedback(articleId: string): AnswerFeedback {
  const searchId = useSearchOrigin(articleId);
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const [thanks, setThanks] = useState('');

  const send = useCallback(
    async (signal: SearchSignal) => {
      if (!searchId) return null;
      try {
        return (await sendSearchFeedback({ searchId, articleId, signal })).outcome;
      } catch {
        return null;
      }
    },
    [searchId, articleId],
  );

  const judge = useCallback(
    (next: Verdict) => {
      setVerdict(next);
      setThanks('');
      void send(next).then((outcome) => setThanks(outcome ? verdictThanks(next, outcome) : ''));
    },
    [send],
  );

  useHelpfulHotkey(searchId ? () => judge('helpful') : null);

  return {
    fromSearch: searchId !== null,
    verdict,
    thanks,
    judge,
    signal: useCallback((signal: SearchSignal) => void send(signal), [send]),
  };
}
