import type { SearchHit } from '@bsc/domain';
import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { ErrorAlert } from '../../../ui/error-alert';
import { recordSearchClick } from '../api/search-api';
import { useDebouncedValue } from '../hooks/use-debounced-value';
import { useQueryParam } from '../hooks/use-query-param';
import { normaliseQuery, useSearch } from '../hooks/use-search';
import { searchMessages } from '../messages';
import { SearchBox } from './search-box';
import { focusFirstResult, SearchResults } from './search-results';

const DEBOUNCE_MS = 150;

function ResultStatus({ text }: { text: string }) {
  // Always mounted, so screen readers announce each change of the count.
  return (
    <p className="search__status" role="status" aria-live="polite">
      {text}
    </p>
  );
}

/** Search box, hit count, notices and result list of the agent search. */
export function SearchPanel({ onFocusHit }: { onFocusHit: (hit: SearchHit) => void }) {
  const [urlQuery, setUrlQuery] = useQueryParam();
  const [input, setInput] = useState(urlQuery);
  const query = useDebouncedValue(input, DEBOUNCE_MS);
  const search = useSearch(query);
  const navigate = useNavigate();
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLOListElement>(null);

  useEffect(() => setUrlQuery(query.trim()), [query, setUrlQuery]);

  const active = normaliseQuery(query).length > 0;
  const data = active ? search.data : undefined;
  const hits = data?.hits ?? [];

  function open(hit: SearchHit, position: number) {
    if (data) recordSearchClick({ searchId: data.searchId, articleId: hit.id, position }).catch(() => undefined);
  }

  function openFirst() {
    const first = hits[0];
    if (!first) return;
    open(first, 1);
    navigate(`/artikel/${first.id}`);
  }

  let status = '';
  if (active && search.isFetching && !data) status = searchMessages.searching;
  else if (data) status = searchMessages.hitCount(data.total);

  return (
    <div className="search">
      <SearchBox
        value={input}
        onChange={setInput}
        onArrowDown={() => focusFirstResult(listRef.current)}
        onEnter={openFirst}
        inputRef={inputRef}
      />
      <ResultStatus text={status} />
      {data?.degraded && (
        <p className="notice notice--warning" data-testid="search-degraded">
          {searchMessages.degraded}
        </p>
      )}
      {active && search.isError && <ErrorAlert error={search.error} onRetry={() => void search.refetch()} />}
      {!active && <p className="muted">{searchMessages.emptyHint}</p>}
      {data && data.hits.length === 0 && <p>{searchMessages.noHits(query.trim())}</p>}
      {hits.length > 0 && (
        <SearchResults
          hits={hits}
          listRef={listRef}
          onOpen={open}
          onFocusHit={onFocusHit}
          onLeave={() => inputRef.current?.focus()}
        />
      )}
    </div>
  );
}
