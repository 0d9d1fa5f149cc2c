import type { SearchHit } from '@bsc/domain';
import type { KeyboardEvent } from 'react';
import { Link } from 'react-router-dom';
import { BscBadge } from '../../articles/components/bsc-badge';
import { FreshnessBadge } from '../../articles/components/freshness-badge';
import { articleMessages } from '../../articles/messages';
import { searchMessages } from '../messages';
import { markedShortAnswer } from '../snippet-parts';
import { SnippetParts, SnippetText } from './snippet-text';

/** Props of SearchResultItem. */
export interface SearchResultItemProps {
  hit: SearchHit;
  position: number;
  onOpen: (hit: SearchHit, position: number) => void;
  onFocus: (hit: SearchHit) => void;
  onKeyDown: (event: KeyboardEvent<HTMLAnchorElement>) => void;
}

/** One hit: the title link opens the answer; the whole card is clickable through it. */
export function SearchResultItem({ hit, position, onOpen, onFocus, onKeyDown }: SearchResultItemProps) {
  // A snippet cropped from the short answer would repeat it: its highlights go into the short answer.
  const shortWithMarks = hit.snippet ? markedShortAnswer(hit.shortAnswer, hit.snippet) : null;
  return (
    <li className="result">
      <h2 className="result__title">
        <Link
          to={`/artikel/${hit.id}`}
          className="result__link"
          data-result-link=""
          onClick={() => onOpen(hit, position)}
          onFocus={() => onFocus(hit)}
          onMouseEnter={() => onFocus(hit)}
          onKeyDown={onKeyDown}
        >
          {hit.title}
        </Link>
      </h2>
      <p className="result__short">{shortWithMarks ? <SnippetParts parts={shortWithMarks} /> : hit.shortAnswer}</p>
      {hit.snippet && !shortWithMarks && (
        <p className="result__snippet">
          <SnippetText snippet={hit.snippet} />
        </p>
      )}
      <p className="result__meta">
        <span>
          <span className="visually-hidden">{searchMessages.department}: </span>
          {hit.departmentName}
        </span>
        <span className="muted">{articleMessages.kind[hit.kind]}</span>
        <BscBadge resolution={hit.bscResolution} />
        {hit.freshness !== 'fresh' && <FreshnessBadge state={hit.freshness} />}
      </p>
    </li>
  );
}
