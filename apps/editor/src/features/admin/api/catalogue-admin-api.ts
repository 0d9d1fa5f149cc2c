// Writes to departments and the document catalogue. The lists come from features/catalogue,
// whose query keys these mutations invalidate.
import type { DepartmentInput, DepartmentView, DocumentInput, DocumentView } from '@bsc/domain';
import { http } from '../../../api/http';

const departmentPath = (id: string) => `/departments/${encodeURIComponent(id)}`;
const documentPath = (id: string) => `/documents/${encodeURIComponent(id)}`;

/** POST /departments */
export const createDepartment = (input: DepartmentInput) => http.post<DepartmentView>('/departments', input);
/** PUT /departments/:id */
export const updateDepartment = (id: string, input: DepartmentInput) => http.put<DepartmentView>(departmentPath(id), input);
/** DELETE /departments/:id — 409 DEPARTMENT_HAS_ARTICLES while articles belong to it. */
export const deleteDepartment = (id: string) => http.delete<void>(departmentPath(id));

/** POST /documents */
export const createDocument = (input: DocumentInput) => http.post<DocumentView>('/documents', input);
/** PUT /documents/:id */
export const updateDocument = (id: string, input: DocumentInput) => http.put<DocumentView>(documentPath(id), input);
/** DELETE /documents/:id — 409 DOCUMENT_IN_USE while articles reference it. */
export const deleteDocument = (id: string) => http.delete<void>(documentPath(id));
