import { ArticleLimits } from '@bsc/domain';
import { useId, useState, type KeyboardEvent } from 'react';
import { articleMessages } from '../../articles/messages';
import { addKeywords } from '../keyword-list';
import { editorMessages as m } from '../messages';

function KeywordChips({ value, onChange }: { value: string[]; onChange: (keywords: string[]) => void }) {
  if (value.length === 0) return null;
  return (
    <ul className="chips" aria-label={articleMessages.field.keywords}>
      {value.map((keyword) => (
        <li key={keyword} className="chip">
          {keyword}
          <button
            type="button"
            className="chip__remove"
            aria-label={m.keywordRemove(keyword)}
            onClick={() => onChange(value.filter((k) => k !== keyword))}
          >
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}

// What is being typed; Enter or comma turns it into keywords, Backspace on empty removes the last.
function useKeywordDraft(value: string[], onChange: (keywords: string[]) => void) {
  const [draft, setDraft] = useState('');
  const commit = () => {
    if (!draft.trim()) return;
    onChange(addKeywords(value, draft));
    setDraft('');
  };
  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault();
      commit();
    } else if (event.key === 'Backspace' && !draft && value.length > 0) {
      onChange(value.slice(0, -1));
    }
  }
  return { draft, setDraft, commit, onKeyDown };
}

/** Keywords as removable chips; Enter or comma adds what was typed. */
export function KeywordInput({ value, onChange }: { value: string[]; onChange: (keywords: string[]) => void }) {
  const id = useId();
  const { draft, setDraft, commit, onKeyDown } = useKeywordDraft(value, onChange);

  return (
    <div className="field">
      <label htmlFor={id}>{articleMessages.field.keywords}</label>
      <KeywordChips value={value} onChange={onChange} />
      <div className="inline-input">
        <input
          id={id}
          value={draft}
          maxLength={ArticleLimits.keywordMax * 5}
          aria-describedby={`${id}-hint`}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={onKeyDown}
          onBlur={commit}
        />
        <button type="button" className="button button--secondary" onClick={commit}>
          {m.keywordAdd}
        </button>
      </div>
      <p id={`${id}-hint`} className="field__hint">
        {m.keywordsHint}
      </p>
    </div>
  );
}
