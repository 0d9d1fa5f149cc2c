import type { DepartmentView } from '@bsc/domain';
import { adminMessages } from '../../messages';
import { RowActions } from '../common/row-actions';

const m = adminMessages.departments;

/** Props of DepartmentTable. */
export interface DepartmentTableProps {
  departments: DepartmentView[];
  onEdit: (department: DepartmentView) => void;
  onDelete: (department: DepartmentView) => void;
}

/** Departments with contact and review interval, each with edit and delete. */
export function DepartmentTable({ departments, onEdit, onDelete }: DepartmentTableProps) {
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{m.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{m.columnName}</th>
            <th scope="col">{m.columnCode}</th>
            <th scope="col">{m.columnRoom}</th>
            <th scope="col">{m.columnPhone}</th>
            <th scope="col">{m.columnInterval}</th>
            <th scope="col">{adminMessages.actions}</th>
          </tr>
        </thead>
        <tbody>
          {departments.map((department) => (
            <tr key={department.id}>
              <th scope="row">{department.name}</th>
              <td>{department.code}</td>
              <td>{department.room}</td>
              <td className="nowrap">{department.phone}</td>
              <td>{m.intervalDays(department.reviewIntervalDays)}</td>
              <td>
                <RowActions name={department.name} onEdit={() => onEdit(department)} onDelete={() => onDelete(department)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
