import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * A confirmation line ("… wurde gelöscht") read out by screen readers. With `focus` it also takes
 * the focus: after a deletion the button that triggered it has disappeared with its table row.
 */
export function useNotice() {
  const [notice, setNotice] = useState('');
  const [focusRequest, setFocusRequest] = useState(0);
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (focusRequest > 0) ref.current?.focus();
  }, [focusRequest]);
  const announce = useCallback((text: string, options: { focus?: boolean } = {}) => {
    setNotice(text);
    if (options.focus) setFocusRequest((n) => n + 1);
  }, []);
  return { notice, announce, ref };
}
