import type { DepartmentView } from '@bsc/domain';
import { DataTable } from '../../../../ui/data-table';
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
    <DataTable
      caption={m.caption}
      rows={departments}
      rowKey={(department) => department.id}
      rowHeader={{ header: m.columnName, cell: (department) => department.name }}
      columns={[
        { header: m.columnCode, cell: (department) => department.code },
        { header: m.columnRoom, cell: (department) => department.room },
        { header: m.columnPhone, cell: (department) => department.phone, className: 'nowrap' },
        { header: m.columnInterval, cell: (department) => m.intervalDays(department.reviewIntervalDays) },
        {
          header: adminMessages.actions,
          cell: (department) => (
            <RowActions name={department.name} onEdit={() => onEdit(department)} onDelete={() => onDelete(department)} />
          ),
        },
      ]}
    />
  );
}
