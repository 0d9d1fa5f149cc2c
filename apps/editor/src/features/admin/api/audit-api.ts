import type { AuditEventView, AuditVerifyResult } from '@bsc/domain';
import { queryOptions } from '@tanstack/react-query';
import { http, type QueryParams } from '../../../api/http';

/** Query parameters of GET /audit (ISO timestamps for from/to). */
export interface AuditQuery {
  actor?: string;
  subject?: string;
  action?: string;
  title?: string;
  from?: string;
  to?: string;
  limit?: number;
}

/** GET /audit as query options. */
export const auditEventsQuery = (query: AuditQuery) =>
  queryOptions({
    queryKey: ['audit', 'events', query],
    queryFn: ({ signal }) => http.get<AuditEventView[]>('/audit', { query: { ...query } satisfies QueryParams, signal }),
    staleTime: 0,
  });

/** GET /audit/verify as query options: recomputes the hash chain on the server. */
export const auditVerifyQuery = () =>
  queryOptions({
    queryKey: ['audit', 'verify'],
    queryFn: ({ signal }) => http.get<AuditVerifyResult>('/audit/verify', { signal }),
    staleTime: 0,
  });
