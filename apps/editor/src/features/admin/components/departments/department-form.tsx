import { CatalogueLimits, type DepartmentView } from '@bsc/domain';
import { useState, type FormEvent } from 'react';
import { ErrorAlert } from '../../../../ui/error-alert';
import { FormActions, TextField } from '../../../../ui/form-field';
import { draftFromDepartment, toDepartmentInput, type DepartmentDraft, type DepartmentErrors } from '../../departments/department-draft';
import { useFocusFirstError } from '../../../../ui/use-focus-first-error';
import { useSaveDepartment } from '../../hooks/use-catalogue-mutations';
import { adminMessages } from '../../messages';
import { OpeningHoursEditor } from './opening-hours-editor';

const m = adminMessages.departments;
const NO_ERRORS: DepartmentErrors = { fields: {}, hours: new Map() };
const { reviewIntervalMinDays: MIN, reviewIntervalMaxDays: MAX } = CatalogueLimits;

type TextKey = Exclude<keyof DepartmentDraft, 'openingHours'>;

/** Props of DepartmentForm. */
export interface DepartmentFormProps {
  /** The department to edit; undefined creates a new one. */
  department?: DepartmentView;
  onSaved: (name: string) => void;
  onCancel: () => void;
}

/** Code, name and contact fields, two per row. */
function ContactFields({ text }: { text: (field: TextKey) => { value: string; onChange: (v: string) => void; error: string | null } }) {
  return (
    <>
      <div className="admin-form__row">
        <TextField label={m.code} {...text('code')} hint={m.codeHint} maxLength={CatalogueLimits.codeMax} required dialogFocus />
        <TextField label={m.name} {...text('name')} maxLength={CatalogueLimits.nameMax} required />
      </div>
      <div className="admin-form__row">
        <TextField label={m.phone} {...text('phone')} type="tel" maxLength={CatalogueLimits.phoneMax} />
        <TextField label={m.email} {...text('email')} type="email" maxLength={CatalogueLimits.emailMax} />
      </div>
      <div className="admin-form__row">
        <TextField label={m.room} {...text('room')} maxLength={CatalogueLimits.roomMax} />
        <TextField label={m.address} {...text('address')} maxLength={CatalogueLimits.addressMax} />
      </div>
    </>
  );
}

/** Contact, opening hours, appointment address and review interval of a department. */
export function DepartmentForm({ department, onSaved, onCancel }: DepartmentFormProps) {
  const [draft, setDraft] = useState<DepartmentDraft>(() => draftFromDepartment(department));
  const [errors, setErrors] = useState<DepartmentErrors>(NO_ERRORS);
  const [formRef, focusFirstError] = useFocusFirstError();
  const save = useSaveDepartment(() => onSaved(draft.name.trim()));
  const text = (field: TextKey) => ({
    value: draft[field],
    onChange: (value: string) => setDraft((d) => ({ ...d, [field]: value })),
    error: errors.fields[field] ?? null,
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const result = toDepartmentInput(draft);
    setErrors('errors' in result ? result.errors : NO_ERRORS);
    if ('errors' in result) return focusFirstError();
    save.mutate({ id: department?.id ?? null, input: result.input });
  }

  return (
    <form className="form admin-form" onSubmit={submit} noValidate ref={formRef}>
      {save.isError && <ErrorAlert error={save.error} />}
      <ContactFields text={text} />
      <OpeningHoursEditor
        value={draft.openingHours}
        onChange={(openingHours) => setDraft((d) => ({ ...d, openingHours }))}
        errors={errors.hours}
      />
      <TextField label={m.appointmentUrl} {...text('appointmentUrl')} type="url" hint={m.appointmentUrlHint} maxLength={2000} />
      <TextField
        label={m.reviewInterval}
        {...text('reviewIntervalDays')}
        inputMode="numeric"
        hint={m.reviewIntervalHint(MIN, MAX)}
        required
      />
      <FormActions submitLabel={adminMessages.save} busyLabel={adminMessages.saving} busy={save.isPending} onCancel={onCancel} />
    </form>
  );
}
