import { ArticleLimits, BSC_RESOLUTIONS, type ArticleContent } from '@bsc/domain';
import { SelectField, TextAreaField, TextField } from '../../../ui/form-field';
import { articleMessages } from '../../articles/messages';
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
}

const BSC_OPTIONS = BSC_RESOLUTIONS.map((value) => ({ value, label: articleMessages.bscResolution[value] }));
const TEXT_FIELDS = ['prerequisites', 'fees', 'procedure', 'processingTime', 'deadlines', 'legalBasis'] as const;

function LeikaField({ value, onChange }: { value: string | null; onChange: (key: string | null) => void }) {
  const invalid = value !== null && !ArticleLimits.leikaKeyPattern.test(value);
  return (
    <TextField
      label={articleMessages.field.leikaKey}
      value={value ?? ''}
      inputMode="numeric"
      maxLength={14}
      hint={m.leikaHint}
      error={invalid ? m.leikaInvalid : null}
      onChange={(text) => onChange(text.trim() || null)}
    />
  );
}

/** Every field of ArticleContent; disabled as a whole when the draft is read-only. */
export function DraftForm({ content, onChange, readOnly, resetKey }: DraftFormProps) {
  const f = articleMessages.field;
  const set =
    <K extends keyof ArticleContent>(field: K) =>
    (value: ArticleContent[K]) =>
      onChange({ ...content, [field]: value });

  return (
    <form className="form draft-form" aria-label={m.formLabel} onSubmit={(event) => event.preventDefault()}>
      <fieldset className="fieldset--plain" disabled={readOnly}>
        <TextField label={f.title} value={content.title} maxLength={ArticleLimits.titleMax} required onChange={set('title')} />
        <KeywordInput value={content.keywords} onChange={set('keywords')} />
        <TextAreaField
          label={f.shortAnswer}
          value={content.shortAnswer}
          rows={3}
          maxLength={ArticleLimits.shortAnswerMax}
          onChange={set('shortAnswer')}
        />
        <BodyEditor key={resetKey} label={f.body} value={content.body} onChange={set('body')} readOnly={readOnly} />
        <DocumentsField value={content.documents} onChange={set('documents')} />
        <StatedNoneCheckbox field="documents" content={content} onChange={onChange} />
        {TEXT_FIELDS.map((field) => (
          <div key={field} className="draft-form__optional">
            <TextAreaField label={f[field]} value={content[field]} maxLength={ArticleLimits.textFieldMax} onChange={set(field)} />
            <StatedNoneCheckbox field={field} content={content} onChange={onChange} />
          </div>
        ))}
        <LinksField value={content.links} onChange={set('links')} />
        <StatedNoneCheckbox field="links" content={content} onChange={onChange} />
        <ContactOverrideField value={content.contactOverride} onChange={set('contactOverride')} />
        <LeikaField value={content.leikaKey} onChange={set('leikaKey')} />
        <SelectField label={f.bscResolution} value={content.bscResolution} options={BSC_OPTIONS} onChange={set('bscResolution')} />
      </fieldset>
    </form>
  );
}
