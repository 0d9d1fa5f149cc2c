import { ArticleLimits, LINK_KINDS, type ArticleLink } from '@bsc/domain';
import { SelectField, TextField } from '../../../ui/form-field';
import { articleMessages } from '../../articles/messages';
import type { FieldErrors } from '../field-errors';
import { removeItem, replaceItem } from '../list-edit';
import { editorMessages as m } from '../messages';

const KIND_OPTIONS = LINK_KINDS.map((kind) => ({ value: kind, label: articleMessages.linkKind[kind] }));

interface LinkRowProps {
  link: ArticleLink;
  index: number;
  onChange: (link: ArticleLink) => void;
  onRemove: () => void;
  errors: FieldErrors;
}

function LinkRow({ link, index, onChange, onRemove, errors }: LinkRowProps) {
  return (
    <li>
      <fieldset className="link-row">
        <legend className="visually-hidden">{m.linkRow(index + 1)}</legend>
        <TextField
          label={m.linkLabel}
          value={link.label}
          maxLength={ArticleLimits.linkLabelMax}
          error={errors[`links.${index}.label`]}
          onChange={(label) => onChange({ ...link, label })}
        />
        <TextField
          label={m.linkUrl}
          type="url"
          value={link.url}
          maxLength={ArticleLimits.urlMax}
          error={errors[`links.${index}.url`]}
          onChange={(url) => onChange({ ...link, url })}
        />
        <SelectField label={m.linkKind} value={link.kind} options={KIND_OPTIONS} onChange={(kind) => onChange({ ...link, kind })} />
        <button type="button" className="button button--secondary" onClick={onRemove} aria-label={m.linkRemove(index + 1)}>
          ×
        </button>
      </fieldset>
    </li>
  );
}

/** Forms, online services, appointment and info links. */
export function LinksField(props: { value: ArticleLink[]; onChange: (links: ArticleLink[]) => void; errors: FieldErrors }) {
  const { value, onChange } = props;
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
            errors={props.errors}
          />
        ))}
      </ol>
      <button
        type="button"
        className="button button--secondary"
        disabled={full}
        onClick={() => onChange([...value, { label: '', url: '', kind: 'online_service' }])}
      >
        {m.linkAdd}
      </button>
      {full && <p className="field__hint">{m.limitReached(ArticleLimits.linksMax)}</p>}
    </fieldset>
  );
}
