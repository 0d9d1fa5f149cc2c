import { useCallback, useEffect, useState } from 'react';

/** Outcome of the last copy, shown to the user for a few seconds. */
export type CopyResult = 'idle' | 'copied' | 'failed';

/** Copies text with the async clipboard API (resolving whether it worked); the result resets after 4 s. */
export function useCopyToClipboard(): [CopyResult, (text: string) => Promise<boolean>] {
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
      return true;
    } catch {
      setResult('failed');
      return false;
    }
  }, []);
  return [result, copy];
}
