import type { SearchHit } from '@bsc/domain';
import { useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { ErrorAlert } from '../../../ui/error-alert';
import { useAgentSearch } from '../hooks/use-agent-search';
import { useMoreHits } from '../hooks/use-more-hits';
import { searchMessages } from '../messages';
import { NoAnswerNotice } from './no-answer-notice';
import { SearchBox } from './search-box';
import { focusFirstResult, focusResult, SearchResults } from './search-results';

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
  const { input, setInput, query, active, search, data, recordOpen, openFirst, settleNow } = useAgentSearch();
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLOListElement>(null);
  // The query whose weak candidates the agent unfolded; a new query folds them again.
  const [unfoldedFor, setUnfoldedFor] = useState<string | null>(null);
  const unanswered = data !== undefined && !data.answered;
  const showHits = data !== undefined && data.hits.length > 0 && (!unanswered || unfoldedFor === data.query);
  // The button disappears with the click: the keyboard focus moves on to the first candidate.
  function showCandidates(forQuery: string) {
    flushSync(() => setUnfoldedFor(forQuery));
    focusFirstResult(listRef.current);
  }
  const more = useMoreHits(data);
  // After "Weitere Treffer" the keyboard continues at the first new hit.
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  useEffect(() => {
    if (focusIndex === null) return;
    focusResult(listRef.current, focusIndex);
    setFocusIndex(null);
  }, [focusIndex]);
  let status = '';
  if (active && search.isFetching && !data) status = searchMessages.searching;
  else if (unanswered) status = searchMessages.noAnswer;
  else if (data) status = searchMessages.hitCount(data.total);

  return (
    <div className="search">
      <SearchBox
        value={input}
        onChange={setInput}
        onArrowDown={() => focusFirstResult(listRef.current)}
        onEnter={showHits ? openFirst : settleNow}
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
      {unanswered && (
        <NoAnswerNotice
          query={data.query}
          candidates={data.total}
          onShowCandidates={showHits ? undefined : () => showCandidates(data.query)}
        />
      )}
      {data && data.answered && data.hits.length === 0 && <p>{searchMessages.noHits(query)}</p>}
      {showHits && (
        <SearchResults
          hits={more.hits}
          listRef={listRef}
          onOpen={recordOpen}
          onFocusHit={onFocusHit}
          onLeave={() => inputRef.current?.focus()}
        />
      )}
      {showHits && more.error !== null && <ErrorAlert error={more.error} onRetry={() => void more.loadMore().then(setFocusIndex)} />}
      {showHits && more.hasMore && (
        <p className="search__more">
          <button
            type="button"
            className="button button--secondary"
            disabled={more.busy}
            onClick={() => void more.loadMore().then(setFocusIndex)}
          >
            {more.busy ? searchMessages.loadingMore : searchMessages.moreHits}
          </button>{' '}
          <span className="muted">{searchMessages.shownOf(more.hits.length, data.total)}</span>
        </p>
      )}
    </div>
  );
}
