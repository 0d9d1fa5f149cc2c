import type { ArticleSummary } from '@bsc/domain';

/** The article statuses an author can filter by, in lifecycle order. */
export const WORKSPACE_STATUSES: readonly ArticleSummary['status'][] = ['draft', 'in_review', 'scheduled', 'published', 'archived'];

/** The workspace list's filters as kept in the URL (?status=&fachbereich=&suche=). */
export interface WorkspaceFilter {
  status?: ArticleSummary['status'];
  departmentId?: string;
  q?: string;
}

/** Reads the filters from the URL; unknown values are ignored, the text is trimmed. */
export function filterFromParams(params: URLSearchParams): WorkspaceFilter {
  const status = WORKSPACE_STATUSES.find((candidate) => candidate === params.get('status'));
  const departmentId = params.get('fachbereich') || undefined;
  const q = params.get('suche')?.trim() || undefined;
  return { ...(status ? { status } : {}), ...(departmentId ? { departmentId } : {}), ...(q ? { q } : {}) };
}

/** Writes the filters to URL parameters (empty ones left out, so the plain list has a plain URL). */
export function paramsFromFilter(filter: WorkspaceFilter): Record<string, string> {
  const params: Record<string, string> = {};
  if (filter.status) params.status = filter.status;
  if (filter.departmentId) params.fachbereich = filter.departmentId;
  if (filter.q) params.suche = filter.q;
  return params;
}
