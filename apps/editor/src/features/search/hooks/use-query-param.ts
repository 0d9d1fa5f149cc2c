import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';

/** The `q` URL parameter, so "back" from an answer restores the agent's search. */
export function useQueryParam(): [string, (value: string) => void] {
  const [params, setParams] = useSearchParams();
  const value = params.get('q') ?? '';
  const setValue = useCallback((next: string) => setParams(next ? { q: next } : {}, { replace: true }), [setParams]);
  return [value, setValue];
}
