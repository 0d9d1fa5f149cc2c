import type { SearchHit } from '@bsc/domain';
import { useCallback, useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { rememberSearchOrigin } from '../../learning/search-origin';
import { recordSearchClick } from '../api/search-api';
import { rememberLastSearch } from '../last-search';
import { useDebouncedValue } from './use-debounced-value';
import { useQueryParam } from './use-query-param';
import { normaliseQuery, useSearch, useSettleSearch } from './use-search';

const DEBOUNCE_MS = 150;
/**
 * Issue 11: a search counts in the analytics once the agent stops typing this long (or presses
 * Enter, or opens a result); the previews while typing ("ausl", "ausländerbeh") do not.
 */
export const SETTLE_IDLE_MS = 1500;

/** Settles the typed query after SETTLE_IDLE_MS without a keystroke; never for a query restored from the URL. */
function useSettleWhenIdle(input: string, typed: boolean, settle: (query: string) => unknown): void {
  useEffect(() => {
    if (!typed) return;
    const timer = window.setTimeout(() => void settle(input), SETTLE_IDLE_MS);
    return () => window.clearTimeout(timer);
  }, [input, typed, settle]);
}

/** Input state, debounced preview query in the URL, results, settling, and opening a hit (with click tracking). */
export function useAgentSearch() {
  const [urlQuery, setUrlQuery] = useQueryParam();
  const [input, setInputState] = useState(urlQuery);
  const [typed, setTyped] = useState(false);
  const query = useDebouncedValue(input, DEBOUNCE_MS);
  const search = useSearch(query);
  const settle = useSettleSearch();
  const navigate = useNavigate();
  useEffect(() => {
    setUrlQuery(query.trim());
    rememberLastSearch(query);
  }, [query, setUrlQuery]);
  useSettleWhenIdle(input, typed, settle);

  const setInput = useCallback((value: string) => {
    setTyped(true);
    setInputState(value);
  }, []);

  const active = normaliseQuery(query).length > 0;
  const data = active ? search.data : undefined;

  // The click belongs to the counted search of the query whose results the agent saw; the answer
  // card sends its usage signals ("Hat geholfen", copied, printed) on the same search.
  function recordOpen(hit: SearchHit, position: number) {
    if (!data) return;
    settle(data.query)
      .then((settled) => {
        if (!settled) return;
        rememberSearchOrigin(hit.id, settled.searchId);
        return recordSearchClick({ searchId: settled.searchId, articleId: hit.id, position });
      })
      .catch(() => undefined);
  }

  function openFirst() {
    const first = data?.hits[0];
    if (!first) return;
    recordOpen(first, 1);
    navigate(`/artikel/${first.id}`);
  }

  /** Enter without opening a hit (none, or folded away): the search counts now. */
  function settleNow() {
    settle(input).catch(() => undefined);
  }

  return { input, setInput, query: query.trim(), active, search, data, recordOpen, openFirst, settleNow };
}
