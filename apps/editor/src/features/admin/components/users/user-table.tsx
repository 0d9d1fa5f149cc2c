import { Badge } from '../../../../ui/badge';
import { DataTable } from '../../../../ui/data-table';
import type { AdminUser } from '../../api/users-api';
import { adminMessages, roleLabels } from '../../messages';
import { SmallButton } from '../../../../ui/small-button';

const m = adminMessages.users;

/** Props of UserTable. */
export interface UserTableProps {
  users: AdminUser[];
  departmentNames: ReadonlyMap<string, string>;
  onEdit: (user: AdminUser) => void;
}

function departmentsOf(user: AdminUser, names: ReadonlyMap<string, string>): string {
  if (user.departmentIds.length === 0) return user.roles.includes('admin') ? m.allDepartments : m.none;
  return user.departmentIds.map((id) => names.get(id) ?? id).join(', ');
}

/** Users with roles, departments and status. */
export function UserTable({ users, departmentNames, onEdit }: UserTableProps) {
  return (
    <DataTable
      caption={m.caption}
      rows={users}
      rowKey={(user) => user.id}
      rowHeader={{ header: m.columnLogin, cell: (user) => user.login }}
      columns={[
        { header: m.columnName, cell: (user) => user.displayName },
        { header: m.columnRoles, cell: (user) => user.roles.map((role) => roleLabels[role]).join(', ') },
        { header: m.columnDepartments, cell: (user) => departmentsOf(user, departmentNames) },
        {
          header: m.columnStatus,
          cell: (user) => (user.active ? <Badge tone="success">{m.active}</Badge> : <Badge tone="neutral">{m.inactive}</Badge>),
        },
        {
          header: adminMessages.actions,
          cell: (user) =>
            user.system ? (
              <span className="muted">{m.systemUser}</span>
            ) : (
              <SmallButton aria-label={adminMessages.editFor(user.login)} onClick={() => onEdit(user)}>
                {adminMessages.edit}
              </SmallButton>
            ),
        },
      ]}
    />
  );
}
