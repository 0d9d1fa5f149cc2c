import { CatalogueLimits, type ContactOverride } from '@bsc/domain';
import { TextField } from '../../../ui/form-field';
import { articleMessages } from '../../articles/messages';
import { updateContactOverride } from '../contact-override';
import { editorMessages as m } from '../messages';

// The API accepts at most 500 characters here; the domain has no named limit for it yet.
const CONTACT_NOTE_MAX = 500;

/** Contact details that differ from the department's for this article. */
export function ContactOverrideField({
  value,
  onChange,
}: {
  value: ContactOverride | null;
  onChange: (v: ContactOverride | null) => void;
}) {
  const set = (field: keyof ContactOverride) => (text: string) => onChange(updateContactOverride(value, field, text));
  return (
    <fieldset className="fieldset">
      <legend>{articleMessages.field.contactOverride}</legend>
      <p className="field__hint">{m.contactHint}</p>
      <div className="field-grid">
        <TextField
          label={m.contactPhone}
          type="tel"
          value={value?.phone ?? ''}
          maxLength={CatalogueLimits.phoneMax}
          onChange={set('phone')}
        />
        <TextField
          label={m.contactEmail}
          type="email"
          value={value?.email ?? ''}
          maxLength={CatalogueLimits.emailMax}
          onChange={set('email')}
        />
        <TextField label={m.contactRoom} value={value?.room ?? ''} maxLength={CatalogueLimits.roomMax} onChange={set('room')} />
      </div>
      <TextField label={m.contactNote} value={value?.note ?? ''} maxLength={CONTACT_NOTE_MAX} onChange={set('note')} />
    </fieldset>
  );
}
