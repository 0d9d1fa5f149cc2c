import { ArticleLimits, BSC_RESOLUTIONS, type ArticleContent } from '@bsc/domain';
import { SelectField, TextAreaField, TextField } from '../../../ui/form-field';
import { articleMessages } from '../../articles/messages';
import type { FieldErrors } from '../field-errors';
import { editorMessages as m } from '../messages';
import { BodyEditor } from './body-editor';
import { ContactOverrideField } from './contact-override-field';
import { DocumentsField } from './documents-field';
import { KeywordInput } from './keyword-input';
import { LinksField } from './links-field';
import { StatedNoneCheckbox } from './stated-none-checkbox';

/** Props of DraftForm. */
export interface DraftFormProps {
  content: ArticleContent;
  onChange: (content: ArticleContent) => void;
  readOnly: boolean;
  /** Re-mounts the body editor when content was replaced from outside. */
  resetKey: number;
  /** Shown at the fields (aria-invalid + aria-describedby); see field-errors.ts. */
  errors: FieldErrors;
}

const BSC_OPTIONS = BSC_RESOLUTIONS.map((value) => ({ value, label: articleMessages.bscResolution[value] }));
const TEXT_FIELDS = ['prerequisites', 'fees', 'procedure', 'processingTime', 'deadlines', 'legalBasis'] as const;

// Not limited to 14 characters: a pasted key with spaces must stay visible to be corrected.
function LeikaField(props: { value: string | null; onChange: (key: string | null) => void; error: string | undefined }) {
  return (
    <TextField
      label={articleMessages.field.leikaKey}
      value={props.value ?? ''}
      inputMode="numeric"
      maxLength={ArticleLimits.leikaKeyInputMax}
      hint={m.leikaHint}
      error={props.error}
      onChange={(text) => props.onChange(text.trim() || null)}
    />
  );
}

/** Every field of ArticleContent; disabled as a whole when the draft is read-only. */
export function DraftForm({ content, onChange, readOnly, resetKey, errors }: DraftFormProps) {
  const f = articleMessages.field;
  const set =
    <K extends keyof ArticleContent>(field: K) =>
    (value: ArticleContent[K]) =>
      onChange({ ...content, [field]: value });

  return (
    <form className="form draft-form" aria-label={m.formLabel} onSubmit={(event) => event.preventDefault()}>
      <fieldset className="fieldset--plain" disabled={readOnly}>
        <TextField
          label={f.title}
          value={content.title}
          maxLength={ArticleLimits.titleMax}
          required
          error={errors.title}
          onChange={set('title')}
        />
        <KeywordInput value={content.keywords} onChange={set('keywords')} />
        <TextAreaField
          label={f.shortAnswer}
          value={content.shortAnswer}
          rows={3}
          maxLength={ArticleLimits.shortAnswerMax}
          error={errors.shortAnswer}
          onChange={set('shortAnswer')}
        />
        <BodyEditor key={resetKey} label={f.body} value={content.body} onChange={set('body')} readOnly={readOnly} />
        <DocumentsField value={content.documents} onChange={set('documents')} />
        <StatedNoneCheckbox field="documents" content={content} onChange={onChange} />
        {TEXT_FIELDS.map((field) => (
          <div key={field} className="draft-form__optional">
            <TextAreaField
              label={f[field]}
              value={content[field]}
              maxLength={ArticleLimits.textFieldMax}
              error={errors[field]}
              onChange={set(field)}
            />
            <StatedNoneCheckbox field={field} content={content} onChange={onChange} />
          </div>
        ))}
        <LinksField value={content.links} onChange={set('links')} errors={errors} />
        <StatedNoneCheckbox field="links" content={content} onChange={onChange} />
        <ContactOverrideField value={content.contactOverride} onChange={set('contactOverride')} />
        <LeikaField value={content.leikaKey} onChange={set('leikaKey')} error={errors.leikaKey} />
        <SelectField label={f.bscResolution} value={content.bscResolution} options={BSC_OPTIONS} onChange={set('bscResolution')} />
      </fieldset>
    </form>
  );
}
