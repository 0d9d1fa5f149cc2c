import type { DepartmentView } from '@bsc/domain';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Dialog } from '../../../../ui/dialog';
import { ErrorAlert } from '../../../../ui/error-alert';
import { Loading } from '../../../../ui/page-loading';
import { departmentsQuery } from '../../../catalogue/api/catalogue-api';
import { deleteErrorMessage } from '../../delete-error';
import { useDeleteDepartment } from '../../hooks/use-catalogue-mutations';
import { useNotice } from '../../hooks/use-notice';
import { adminMessages } from '../../messages';
import { ConfirmDeleteDialog } from '../common/confirm-delete-dialog';
import { Notice } from '../common/notice';
import { DepartmentForm } from './department-form';
import { DepartmentTable } from './department-table';

const m = adminMessages.departments;

/** Which dialog is open: the form (new or existing department) or the delete confirmation. */
type DialogState = { kind: 'form'; department?: DepartmentView } | { kind: 'delete'; department: DepartmentView } | null;

function DeleteDepartmentDialog({
  department,
  onClose,
  onDeleted,
}: {
  department: DepartmentView | null;
  onClose: () => void;
  onDeleted: (name: string) => void;
}) {
  const remove = useDeleteDepartment(() => department && onDeleted(department.name));
  return (
    <ConfirmDeleteDialog
      open={department !== null}
      title={m.deleteTitle}
      question={department ? m.deleteConfirm(department.name) : ''}
      busy={remove.isPending}
      error={remove.isError && department ? deleteErrorMessage(remove.error, { kind: 'department', name: department.name }) : null}
      onConfirm={() => department && remove.mutate(department.id)}
      onClose={() => {
        remove.reset();
        onClose();
      }}
    />
  );
}

function DepartmentFormDialog({
  state,
  onClose,
  onSaved,
}: {
  state: { department?: DepartmentView } | null;
  onClose: () => void;
  onSaved: (name: string) => void;
}) {
  return (
    <Dialog open={state !== null} title={state?.department ? m.editTitle : m.createTitle} onClose={onClose} className="dialog--wide">
      {state && <DepartmentForm key={state.department?.id ?? 'new'} department={state.department} onCancel={onClose} onSaved={onSaved} />}
    </Dialog>
  );
}

/** /verwaltung/fachbereiche */
export function DepartmentsPage() {
  const departments = useQuery(departmentsQuery());
  const [dialog, setDialog] = useState<DialogState>(null);
  const { notice, announce, ref } = useNotice();
  const close = () => setDialog(null);

  return (
    <section className="page" aria-labelledby="departments-title">
      <h1 id="departments-title">{adminMessages.sections.departments}</h1>
      <div className="toolbar">
        <p className="muted">{adminMessages.sectionDescriptions.departments}</p>
        <button type="button" className="button button--primary" onClick={() => setDialog({ kind: 'form' })}>
          {m.newButton}
        </button>
      </div>
      <Notice text={notice} noticeRef={ref} />
      {departments.isPending && <Loading />}
      {departments.isError && <ErrorAlert error={departments.error} onRetry={() => void departments.refetch()} />}
      {departments.data?.length === 0 && <p>{m.empty}</p>}
      {departments.data && departments.data.length > 0 && (
        <DepartmentTable
          departments={departments.data}
          onEdit={(department) => setDialog({ kind: 'form', department })}
          onDelete={(department) => setDialog({ kind: 'delete', department })}
        />
      )}
      <DepartmentFormDialog
        state={dialog?.kind === 'form' ? dialog : null}
        onClose={close}
        onSaved={(name) => {
          close();
          announce(adminMessages.saved(name));
        }}
      />
      <DeleteDepartmentDialog
        department={dialog?.kind === 'delete' ? dialog.department : null}
        onClose={close}
        onDeleted={(name) => {
          close();
          announce(adminMessages.deleted(name), { focus: true });
        }}
      />
    </section>
  );
}
