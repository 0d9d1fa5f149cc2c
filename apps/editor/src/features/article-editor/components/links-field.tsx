import { ArticleLimits, LINK_KINDS, type ArticleLink } from '@bsc/domain';
import { useId } from 'react';
import { safeHref } from '../../../ui/rich-text/safe-href';
import { articleMessages } from '../../articles/messages';
import { removeItem, replaceItem } from '../list-edit';
import { editorMessages as m } from '../messages';

interface LinkRowProps {
  link: ArticleLink;
  index: number;
  onChange: (link: ArticleLink) => void;
  onRemove: () => void;
}

function LinkRow({ link, index, onChange, onRemove }: LinkRowProps) {
  const id = useId();
  const invalid = link.url.trim() !== '' && safeHref(link.url) === null;
  return (
    <li>
      <fieldset className="link-row">
        <legend className="visually-hidden">{m.linkRow(index + 1)}</legend>
        <div className="field">
          <label htmlFor={`${id}-label`}>{m.linkLabel}</label>
          <input id={`${id}-label`} value={link.label} maxLength={ArticleLimits.linkLabelMax} onChange={(e) => onChange({ ...link, label: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-url`}>{m.linkUrl}</label>
          <input
            id={`${id}-url`}
            type="url"
            value={link.url}
            maxLength={ArticleLimits.urlMax}
            aria-invalid={invalid || undefined}
            aria-describedby={invalid ? `${id}-error` : undefined}
            onChange={(e) => onChange({ ...link, url: e.target.value })}
          />
          {invalid && (
            <p id={`${id}-error`} className="field__error">
              {m.urlInvalid}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor={`${id}-kind`}>{m.linkKind}</label>
          <select id={`${id}-kind`} value={link.kind} onChange={(e) => onChange({ ...link, kind: LINK_KINDS.find((k) => k === e.target.value) ?? 'info' })}>
            {LINK_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {articleMessages.linkKind[kind]}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="button button--secondary" onClick={onRemove} aria-label={m.linkRemove(index + 1)}>
          ×
        </button>
      </fieldset>
    </li>
  );
}

/** Forms, online services, appointment and info links. */
export function LinksField({ value, onChange }: { value: ArticleLink[]; onChange: (links: ArticleLink[]) => void }) {
  const full = value.length >= ArticleLimits.linksMax;
  return (
    <fieldset className="fieldset">
      <legend>{articleMessages.field.links}</legend>
      <ol className="list-editor">
        {value.map((link, index) => (
          <LinkRow
            // Links have no id; the index is stable while the author edits a row.
            key={index}
            link={link}
            index={index}
            onChange={(next) => onChange(replaceItem(value, index, next))}
            onRemove={() => onChange(removeItem(value, index))}
          />
        ))}
      </ol>
      <button type="button" className="button button--secondary" disabled={full} onClick={() => onChange([...value, { label: '', url: '', kind: 'online_service' }])}>
        {m.linkAdd}
      </button>
      {full && <p className="field__hint">{m.limitReached(ArticleLimits.linksMax)}</p>}
    </fieldset>
  );
}
