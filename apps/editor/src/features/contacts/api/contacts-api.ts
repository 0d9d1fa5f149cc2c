import type { AuthorityView, ContactSummary, ContactView, RecordContactRequest } from '@bsc/domain';
import { queryOptions } from '@tanstack/react-query';
import { apiUrl, http } from '../../../api/http';

/** Filters of the dashboard, as the API takes them. */
export interface SummaryFilter {
  from?: string;
  to?: string;
  departmentId?: string;
}

/** POST /contacts. */
export const recordContact = (request: RecordContactRequest) => http.post<ContactView>('/contacts', request);

/** GET /authorities (the UI offers only active ones for referrals). */
export const authoritiesQuery = () =>
  queryOptions({
    queryKey: ['authorities'],
    queryFn: ({ signal }) => http.get<AuthorityView[]>('/authorities', { signal }),
    staleTime: 5 * 60_000,
  });

/** POST /authorities. */
export const createAuthority = (name: string) => http.post<AuthorityView>('/authorities', { name });

/** PUT /authorities/:id. */
export const updateAuthority = (authority: AuthorityView) =>
  http.put<AuthorityView>(`/authorities/${authority.id}`, { name: authority.name, active: authority.active });

/** GET /contacts/summary. */
export const contactSummaryQuery = (filter: SummaryFilter) =>
  queryOptions({
    queryKey: ['contacts', 'summary', filter.from ?? '', filter.to ?? '', filter.departmentId ?? ''],
    queryFn: ({ signal }) => http.get<ContactSummary>('/contacts/summary', { query: { ...filter }, signal }),
    staleTime: 0,
  });

/** Address of the CSV export, for a plain download link (the session cookie goes along). */
export const contactSummaryCsvUrl = (filter: SummaryFilter) => apiUrl('/contacts/summary.csv', { ...filter });
