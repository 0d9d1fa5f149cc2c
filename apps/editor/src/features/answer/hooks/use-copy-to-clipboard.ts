import { useCallback, useEffect, useState } from 'react';

/** Outcome of the last copy, shown to the user for a few seconds. */
export type CopyResult = 'idle' | 'copied' | 'failed';

/** Copies text with the async clipboard API; the result resets after 4 s. */
export function useCopyToClipboard(): [CopyResult, (text: string) => Promise<void>] {
  const [result, setResult] = useState<CopyResult>('idle');
  useEffect(() => {
    if (result === 'idle') return;
    const timer = window.setTimeout(() => setResult('idle'), 4000);
    return () => window.clearTimeout(timer);
  }, [result]);
  const copy = useCallback(async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setResult('copied');
    } catch {
      setResult('failed');
    }
  }, []);
  return [result, copy];
}
