import { useEffect, useRef, type KeyboardEvent, type RefObject } from 'react';
import { useLocation } from 'react-router-dom';
import { reachesSearchFieldLimit, SearchLimits } from '@bsc/domain';
import { cameBySearchShortcut, useSearchHotkeys } from '../hooks/use-search-hotkeys';
import { searchMessages } from '../messages';

/** Props of SearchBox. */
export interface SearchBoxProps {
  value: string;
  onChange: (value: string) => void;
  /** ArrowDown from the box moves into the results. */
  onArrowDown: () => void;
  /** Enter in the box opens the first result. */
  onEnter: () => void;
  inputRef: RefObject<HTMLInputElement | null>;
}

// ArrowDown → into the results, Enter → open the first hit, Escape → clear the query.
function searchKeyHandler({ value, onChange, onArrowDown, onEnter }: Omit<SearchBoxProps, 'inputRef'>) {
  return (event: KeyboardEvent<HTMLInputElement>) => {
    const actions: Partial<Record<string, (() => void) | null>> = {
      ArrowDown: onArrowDown,
      Enter: onEnter,
      Escape: value ? () => onChange('') : null,
    };
    const action = actions[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };
}

/** The agent's search input: focused on load, on "/" and on Ctrl+K. */
export function SearchBox({ value, onChange, onArrowDown, onEnter, inputRef }: SearchBoxProps) {
  useSearchHotkeys(inputRef);
  const { state } = useLocation();
  // Read once: later renders must not move the agent's caret.
  const selectOnMount = useRef(cameBySearchShortcut(state));
  useEffect(() => {
    inputRef.current?.focus();
    // Arrived by "/" or Strg+K from another page: typing replaces the previous concern.
    if (selectOnMount.current) inputRef.current?.select();
  }, [inputRef]);

  const onKeyDown = searchKeyHandler({ value, onChange, onArrowDown, onEnter });
  // A pasted text longer than the limit is cut by the field itself (maxLength), visibly, and
  // the agent is told why: nothing beyond it would be searched.
  const atLimit = reachesSearchFieldLimit(value);

  return (
    <div className="search-box" role="search">
      <label htmlFor="search-input" className="search-box__label">
        {searchMessages.inputLabel}
      </label>
      <input
        id="search-input"
        ref={inputRef}
        type="search"
        className="search-box__input"
        value={value}
        placeholder={searchMessages.placeholder}
        autoComplete="off"
        spellCheck={false}
        maxLength={SearchLimits.queryMax}
        aria-describedby={atLimit ? 'search-hint search-limit' : 'search-hint'}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <p id="search-hint" className="search-box__hint">
        {searchMessages.shortcutHint}
      </p>
      {atLimit && (
        <p id="search-limit" className="search-box__hint" role="status">
          {searchMessages.limitReached(SearchLimits.queryMax)}
        </p>
      )}
    </div>
  );
}
