import { useEffect, useRef, useState, type RefObject } from 'react';

/**
 * After a failed submit, moves focus to the first invalid control so keyboard and screen-reader
 * users land on the problem. Call the returned function after setting the errors.
 */
export function useFocusFirstError(): [RefObject<HTMLFormElement | null>, () => void] {
  const ref = useRef<HTMLFormElement>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (attempt === 0) return;
    ref.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt]);
  return [ref, () => setAttempt((n) => n + 1)];
}
