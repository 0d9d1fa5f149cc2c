import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router-dom';
import { ErrorAlert } from '../../../../ui/error-alert';
import { Loading } from '../../../../ui/page-loading';
import { auditEventsQuery } from '../../api/audit-api';
import { AUDIT_PAGE_SIZE, filtersFromParams, filtersToParams, toAuditQuery, type AuditFilters } from '../../audit/audit-filters';
import { adminMessages } from '../../messages';
import { AuditFilterForm } from './audit-filter-form';
import { AuditTable } from './audit-table';
import { ChainStatus } from './chain-status';

const m = adminMessages.audit;

/** /verwaltung/protokoll — the audit log with filters and the hash-chain check. */
export function AuditPage() {
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params);
  const events = useQuery(auditEventsQuery(toAuditQuery(filters)));
  const apply = (next: AuditFilters) => setParams(filtersToParams(next));

  return (
    <section className="page" aria-labelledby="audit-title">
      <h1 id="audit-title">{adminMessages.sections.audit}</h1>
      <p className="muted">{m.intro}</p>
      <ChainStatus />
      {/* Remounted when the URL changes (back button, subject link) so the fields show it. */}
      <AuditFilterForm key={params.toString()} value={filters} onApply={apply} />
      {events.isPending && <Loading />}
      {events.isError && <ErrorAlert error={events.error} onRetry={() => void events.refetch()} />}
      {events.data && (
        <p className="muted" role="status">
          {events.data.length === 0 ? m.empty : m.count(events.data.length, AUDIT_PAGE_SIZE)}
        </p>
      )}
      {events.data && events.data.length > 0 && <AuditTable events={events.data} onFilter={(change) => apply({ ...filters, ...change })} />}
    </section>
  );
}
