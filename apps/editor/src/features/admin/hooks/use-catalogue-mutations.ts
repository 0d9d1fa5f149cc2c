import type { DepartmentInput, DocumentInput } from '@bsc/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  createDepartment,
  createDocument,
  deleteDepartment,
  deleteDocument,
  updateDepartment,
  updateDocument,
} from '../api/catalogue-admin-api';

// Department and document names appear in article lists, answers and the freshness overview.
const DEPENDENT_KEYS = [['articles'], ['freshness']] as const;

function useInvalidate(listKey: string) {
  const queryClient = useQueryClient();
  return () => {
    for (const queryKey of [[listKey], ...DEPENDENT_KEYS]) void queryClient.invalidateQueries({ queryKey });
  };
}

/** Create (without id) or replace (with id) a department. */
export function useSaveDepartment(onSaved: () => void) {
  const invalidate = useInvalidate('departments');
  return useMutation({
    mutationFn: ({ id, input }: { id: string | null; input: DepartmentInput }) =>
      id ? updateDepartment(id, input) : createDepartment(input),
    onSuccess: () => {
      invalidate();
      onSaved();
    },
  });
}

/** Delete a department (409 DEPARTMENT_HAS_ARTICLES while it has articles). */
export function useDeleteDepartment(onDeleted: () => void) {
  const invalidate = useInvalidate('departments');
  return useMutation({
    mutationFn: deleteDepartment,
    onSuccess: () => {
      invalidate();
      onDeleted();
    },
  });
}

/** Create (without id) or replace (with id) a catalogue document. */
export function useSaveDocument(onSaved: () => void) {
  const invalidate = useInvalidate('documents');
  return useMutation({
    mutationFn: ({ id, input }: { id: string | null; input: DocumentInput }) => (id ? updateDocument(id, input) : createDocument(input)),
    onSuccess: () => {
      invalidate();
      onSaved();
    },
  });
}

/** Delete a catalogue document (409 DOCUMENT_IN_USE while articles reference it). */
export function useDeleteDocument(onDeleted: () => void) {
  const invalidate = useInvalidate('documents');
  return useMutation({
    mutationFn: deleteDocument,
    onSuccess: () => {
      invalidate();
      onDeleted();
    },
  });
}
