import { Badge } from '../../../../ui/badge';
import type { AdminUser } from '../../api/users-api';
import { adminMessages, roleLabels } from '../../messages';

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
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{m.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{m.columnLogin}</th>
            <th scope="col">{m.columnName}</th>
            <th scope="col">{m.columnRoles}</th>
            <th scope="col">{m.columnDepartments}</th>
            <th scope="col">{m.columnStatus}</th>
            <th scope="col">{adminMessages.actions}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id}>
              <th scope="row">{user.login}</th>
              <td>{user.displayName}</td>
              <td>{user.roles.map((role) => roleLabels[role]).join(', ')}</td>
              <td>{departmentsOf(user, departmentNames)}</td>
              <td>{user.active ? <Badge tone="success">{m.active}</Badge> : <Badge tone="neutral">{m.inactive}</Badge>}</td>
              <td>
                {user.system ? (
                  <span className="muted">{m.systemUser}</span>
                ) : (
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    aria-label={adminMessages.editFor(user.login)}
                    onClick={() => onEdit(user)}
                  >
                    {adminMessages.edit}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
