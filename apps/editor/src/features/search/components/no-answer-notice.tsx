import { searchMessages } from '../messages';

/** Props of NoAnswerNotice. */
export interface NoAnswerNoticeProps {
  query: string;
  /** Weak candidates the search still found (folded away). */
  candidates: number;
  /** Shows the folded candidates; absent once they are shown. */
  onShowCandidates?: () => void;
}

/**
 * `answered: false`: the search found no article it is confident about. Says so instead of
 * offering a weak first hit as the answer; one click shows the candidates anyway.
 */
export function NoAnswerNotice({ query, candidates, onShowCandidates }: NoAnswerNoticeProps) {
  return (
    <div className="notice notice--info search__no-answer" data-testid="search-no-answer">
      <p>{searchMessages.noAnswerHint(query)}</p>
      {onShowCandidates && candidates > 0 && (
        <button type="button" className="button button--secondary" onClick={onShowCandidates}>
          {searchMessages.showCandidates(candidates)}
        </button>
      )}
      {!onShowCandidates && candidates > 0 && <p className="muted">{searchMessages.candidatesShown}</p>}
    </div>
  );
}
