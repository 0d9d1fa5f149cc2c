import type { DepartmentView, DocumentView } from '@bsc/domain';
import { queryOptions } from '@tanstack/react-query';
import { http } from '../../../api/http';

/** GET /departments as query options. */
export const departmentsQuery = () =>
  queryOptions({
    queryKey: ['departments'],
    queryFn: ({ signal }) => http.get<DepartmentView[]>('/departments', { signal }),
    staleTime: 5 * 60_000,
  });

/** GET /documents as query options (the catalogue of Unterlagen). */
export const documentsQuery = () =>
  queryOptions({
    queryKey: ['documents'],
    queryFn: ({ signal }) => http.get<DocumentView[]>('/documents', { signal }),
    staleTime: 5 * 60_000,
  });
