import type { SearchHit } from '@bsc/domain';
import { useRef } from 'react';
import { ErrorAlert } from '../../../ui/error-alert';
import { useAgentSearch } from '../hooks/use-agent-search';
import { searchMessages } from '../messages';
import { SearchBox } from './search-box';
import { focusFirstResult, SearchResults } from './search-results';

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
  const { input, setInput, query, active, search, data, recordOpen, openFirst } = useAgentSearch();
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLOListElement>(null);
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
      {data && data.hits.length === 0 && <p>{searchMessages.noHits(query)}</p>}
      {data && data.hits.length > 0 && (
        <SearchResults
          hits={data.hits}
          listRef={listRef}
          onOpen={recordOpen}
          onFocusHit={onFocusHit}
          onLeave={() => inputRef.current?.focus()}
        />
      )}
    </div>
  );
}
