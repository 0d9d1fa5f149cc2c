import type { SearchHit } from '@bsc/domain';
import type { KeyboardEvent, RefObject } from 'react';
import { SearchResultItem } from './search-result-item';
import { searchMessages } from '../messages';

/** Props of SearchResults. */
export interface SearchResultsProps {
  hits: SearchHit[];
  listRef: RefObject<HTMLOListElement | null>;
  onOpen: (hit: SearchHit, position: number) => void;
  onFocusHit: (hit: SearchHit) => void;
  /** Focus returns to the search box (ArrowUp on the first hit, or typing). */
  onLeave: () => void;
}

function resultLinks(list: HTMLOListElement | null): HTMLAnchorElement[] {
  return list ? Array.from(list.querySelectorAll<HTMLAnchorElement>('a[data-result-link]')) : [];
}

/** Focuses the first result link of the list, if any. */
export function focusFirstResult(list: HTMLOListElement | null): void {
  focusResult(list, 0);
}

/** Focuses the result link at this index (0-based), if it exists. */
export function focusResult(list: HTMLOListElement | null, index: number): void {
  resultLinks(list)[index]?.focus();
}

/** The hit list; arrow keys move between hits, Enter follows the focused link. */
export function SearchResults({ hits, listRef, onOpen, onFocusHit, onLeave }: SearchResultsProps) {
  function onKeyDown(event: KeyboardEvent<HTMLAnchorElement>) {
    const links = resultLinks(listRef.current);
    const index = links.indexOf(event.currentTarget);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = index + (event.key === 'ArrowDown' ? 1 : -1);
      if (next < 0) onLeave();
      else links[Math.min(next, links.length - 1)]?.focus();
    } else if (event.key === 'Escape' || (event.key.length === 1 && !event.ctrlKey && !event.metaKey && event.key !== ' ')) {
      // Typing while a hit is focused continues the query in the search box.
      onLeave();
    }
  }

  return (
    <ol className="results" ref={listRef} aria-label={searchMessages.resultsLabel}>
      {hits.map((hit, index) => (
        <SearchResultItem key={hit.id} hit={hit} position={index + 1} onOpen={onOpen} onFocus={onFocusHit} onKeyDown={onKeyDown} />
      ))}
    </ol>
  );
}
