import { fieldState, normalizeStatedNone, type ArticleContent, type NoneableField } from '@bsc/domain';
import { useId } from 'react';
import { editorMessages as m } from '../messages';

/** Props of StatedNoneCheckbox. */
export interface StatedNoneCheckboxProps {
  field: NoneableField;
  content: ArticleContent;
  onChange: (content: ArticleContent) => void;
}

/**
 * "Keine …" for an optional field: the author states that there is none. Only an empty field
 * can be "none"; an empty field left unticked is "nicht hinterlegt" on the answer card.
 */
export function StatedNoneCheckbox({ field, content, onChange }: StatedNoneCheckboxProps) {
  const id = useId();
  const state = fieldState(content, field);
  const toggle = (checked: boolean) => {
    const others = (content.statedNone ?? []).filter((f) => f !== field);
    const statedNone = normalizeStatedNone(content, checked ? [...others, field] : others);
    const { statedNone: _old, ...rest } = content;
    onChange(statedNone.length > 0 ? { ...rest, statedNone } : rest);
  };
  return (
    <div className="stated-none">
      <label className="checkbox" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          checked={state === 'none'}
          disabled={state === 'filled'}
          aria-describedby={`${id}-hint`}
          onChange={(event) => toggle(event.target.checked)}
        />
        {m.statedNone[field]}
      </label>
      <p id={`${id}-hint`} className="field__hint">
        {m.statedNoneHint}
      </p>
    </div>
  );
}
