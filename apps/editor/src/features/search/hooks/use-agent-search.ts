import type { SearchHit } from '@bsc/domain';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { recordSearchClick } from '../api/search-api';
import { useDebouncedValue } from './use-debounced-value';
import { useQueryParam } from './use-query-param';
import { normaliseQuery, useSearch } from './use-search';

const DEBOUNCE_MS = 150;

/** Input state, debounced query in the URL, results, and opening a hit (with click tracking). */
export function useAgentSearch() {
  const [urlQuery, setUrlQuery] = useQueryParam();
  const [input, setInput] = useState(urlQuery);
  const query = useDebouncedValue(input, DEBOUNCE_MS);
  const search = useSearch(query);
  const navigate = useNavigate();
  useEffect(() => setUrlQuery(query.trim()), [query, setUrlQuery]);

  const active = normaliseQuery(query).length > 0;
  const data = active ? search.data : undefined;

  function recordOpen(hit: SearchHit, position: number) {
    if (data) recordSearchClick({ searchId: data.searchId, articleId: hit.id, position }).catch(() => undefined);
  }

  function openFirst() {
    const first = data?.hits[0];
    if (!first) return;
    recordOpen(first, 1);
    navigate(`/artikel/${first.id}`);
  }

  return { input, setInput, query: query.trim(), active, search, data, recordOpen, openFirst };
}
