import { CatalogueLimits, ROLES, type DepartmentView } from '@bsc/domain';
import { useState, type FormEvent } from 'react';
import { ErrorAlert } from '../../../../ui/error-alert';
import { FormActions, TextField } from '../../../../ui/form-field';
import type { AdminUser } from '../../api/users-api';
import { useFocusFirstError } from '../../../../ui/use-focus-first-error';
import { useSaveUser } from '../../hooks/use-save-user';
import { adminMessages, roleLabels } from '../../messages';
import { checkUserDraft, draftFromUser, toggle, toggleRole, type UserDraft, type UserErrors } from '../../users/user-draft';
import { CheckboxGroup } from '../common/checkbox-group';

const m = adminMessages.users;
const ROLE_OPTIONS = ROLES.map((role) => ({ value: role, label: roleLabels[role] }));
const MIN = CatalogueLimits.passwordMin;

/** Props of UserForm. */
export interface UserFormProps {
  /** The user to edit; undefined creates a new one. */
  user?: AdminUser;
  departments: DepartmentView[];
  onSaved: (name: string) => void;
  onCancel: () => void;
}

interface FieldsProps {
  user?: AdminUser;
  draft: UserDraft;
  errors: UserErrors;
  update: (change: Partial<UserDraft>) => void;
}

/** Login (new users only), name and password. */
function IdentityFields({ user, draft, errors, update }: FieldsProps) {
  const creating = !user;
  return (
    <>
      {creating ? (
        <TextField
          label={m.login}
          value={draft.login}
          onChange={(login) => update({ login })}
          hint={m.loginHint}
          error={errors.login}
          maxLength={CatalogueLimits.loginMax}
          autoComplete="off"
          required
          dialogFocus
        />
      ) : (
        <p>
          <strong>{m.login}:</strong> {user.login}
        </p>
      )}
      <TextField
        label={m.displayName}
        value={draft.displayName}
        onChange={(displayName) => update({ displayName })}
        error={errors.displayName}
        maxLength={CatalogueLimits.displayNameMax}
        required
        dialogFocus={!creating}
      />
      <TextField
        label={creating ? m.password : m.newPassword}
        type="password"
        value={draft.password}
        onChange={(password) => update({ password })}
        hint={creating ? m.passwordHint(MIN) : m.newPasswordHint(MIN)}
        error={errors.password}
        maxLength={CatalogueLimits.passwordMax}
        autoComplete="new-password"
        required={creating}
      />
    </>
  );
}

/** Roles, departments and (when editing) whether the account is active. */
function RightsFields({ user, draft, errors, update, departments }: FieldsProps & { departments: DepartmentView[] }) {
  return (
    <>
      <CheckboxGroup
        legend={m.roles}
        options={ROLE_OPTIONS}
        selected={draft.roles}
        error={errors.roles}
        onToggle={(role, on) => update({ roles: toggleRole(draft.roles, role, on) })}
      />
      <CheckboxGroup
        legend={m.departments}
        hint={m.departmentsHint}
        options={departments.map((d) => ({ value: d.id, label: d.name }))}
        selected={draft.departmentIds}
        onToggle={(id, on) => update({ departmentIds: toggle(draft.departmentIds, id, on) })}
      />
      {user && (
        <>
          <label className="checkbox">
            <input type="checkbox" checked={draft.active} onChange={(event) => update({ active: event.target.checked })} />
            {m.activeLabel}
          </label>
          <p className="field__hint">{m.rightsHint}</p>
        </>
      )}
    </>
  );
}

/** Login, name, password, roles and departments; when editing also "Aktiv". */
export function UserForm({ user, departments, onSaved, onCancel }: UserFormProps) {
  const [draft, setDraft] = useState<UserDraft>(() => draftFromUser(user));
  const [errors, setErrors] = useState<UserErrors>({});
  const [formRef, focusFirstError] = useFocusFirstError();
  const save = useSaveUser(() => onSaved(draft.displayName.trim()));
  const update = (change: Partial<UserDraft>) => setDraft((d) => ({ ...d, ...change }));

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = checkUserDraft(draft, !user);
    setErrors(found);
    if (Object.keys(found).length > 0) return focusFirstError();
    save.mutate({ id: user?.id ?? null, draft });
  }

  return (
    <form className="form admin-form" onSubmit={submit} noValidate ref={formRef}>
      {save.isError && <ErrorAlert error={save.error} />}
      <IdentityFields user={user} draft={draft} errors={errors} update={update} />
      <RightsFields user={user} draft={draft} errors={errors} update={update} departments={departments} />
      <FormActions
        submitLabel={user ? adminMessages.save : adminMessages.create}
        busyLabel={user ? adminMessages.saving : adminMessages.creating}
        busy={save.isPending}
        onCancel={onCancel}
      />
    </form>
  );
}
