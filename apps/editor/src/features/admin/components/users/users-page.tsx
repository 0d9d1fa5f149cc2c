import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Dialog } from '../../../../ui/dialog';
import { ErrorAlert } from '../../../../ui/error-alert';
import { Loading } from '../../../../ui/page-loading';
import { departmentsQuery } from '../../../catalogue/api/catalogue-api';
import { usersQuery, type AdminUser } from '../../api/users-api';
import { useNotice } from '../../hooks/use-notice';
import { adminMessages } from '../../messages';
import { Notice } from '../common/notice';
import { UserForm } from './user-form';
import { UserTable } from './user-table';

const m = adminMessages.users;

/** The open form: a new user (user undefined) or an existing one; null when closed. */
type FormState = { user?: AdminUser } | null;

/** /verwaltung/benutzer */
export function UsersPage() {
  const users = useQuery(usersQuery());
  const departments = useQuery(departmentsQuery());
  const departmentNames = useMemo(() => new Map((departments.data ?? []).map((d) => [d.id, d.name])), [departments.data]);
  const [form, setForm] = useState<FormState>(null);
  const { notice, announce, ref } = useNotice();
  const close = () => setForm(null);

  return (
    <section className="page" aria-labelledby="users-title">
      <h1 id="users-title">{adminMessages.sections.users}</h1>
      <div className="toolbar">
        <p className="muted">{adminMessages.sectionDescriptions.users}</p>
        <button type="button" className="button button--primary" onClick={() => setForm({})}>
          {m.newButton}
        </button>
      </div>
      <Notice text={notice} noticeRef={ref} />
      {users.isPending && <Loading />}
      {users.isError && <ErrorAlert error={users.error} onRetry={() => void users.refetch()} />}
      {users.data?.length === 0 && <p>{m.empty}</p>}
      {users.data && users.data.length > 0 && (
        <UserTable users={users.data} departmentNames={departmentNames} onEdit={(user) => setForm({ user })} />
      )}
      <Dialog open={form !== null} title={form?.user ? m.editTitle : m.createTitle} onClose={close} className="dialog--wide">
        {form && (
          <UserForm
            key={form.user?.id ?? 'new'}
            user={form.user}
            departments={departments.data ?? []}
            onCancel={close}
            onSaved={(name) => {
              close();
              announce(adminMessages.saved(name));
            }}
          />
        )}
      </Dialog>
    </section>
  );
}
