import { auditActionLabel, type AuditEventView } from '@bsc/domain';
import type { ReactNode } from 'react';
import { formatDateTime } from '../../../../ui/format-date';
import { formatAuditDetails, type AuditFilters } from '../../audit/audit-filters';
import { adminMessages } from '../../messages';
import { ScrollRegion } from '../../../../ui/scroll-region';

const m = adminMessages.audit;

/** Props of AuditTable. */
export interface AuditTableProps {
  events: AuditEventView[];
  /** Narrows the log to one actor, action or subject (a click on the value). */
  onFilter: (change: Partial<AuditFilters>) => void;
}

function FilterButton({ label, onClick, children }: { label: string; onClick: () => void; children: ReactNode }) {
  return (
    <button type="button" className="link-button" title={label} aria-label={label} onClick={onClick}>
      {children}
    </button>
  );
}

function SubjectCell({ event, onFilter }: { event: AuditEventView; onFilter: AuditTableProps['onFilter'] }) {
  const type = m.subjectTypes[event.subjectType] ?? event.subjectType;
  const subjectId = event.subjectId;
  if (!subjectId) return <>{type}</>;
  const title = event.subjectTitle;
  if (title) {
    return (
      <>
        {type}{' '}
        <FilterButton label={m.filterByArticle(title)} onClick={() => onFilter({ subject: subjectId })}>
          {title}
        </FilterButton>
      </>
    );
  }
  return (
    <>
      {type}{' '}
      <FilterButton label={m.filterBySubject(`${type} ${subjectId}`)} onClick={() => onFilter({ subject: subjectId })}>
        <code>{subjectId.slice(0, 8)}</code>
      </FilterButton>
    </>
  );
}

function EventRow({ event, onFilter }: { event: AuditEventView; onFilter: AuditTableProps['onFilter'] }) {
  const actor = event.actorLogin;
  const action = auditActionLabel(event.action);
  return (
    <tr>
      <th scope="row">{event.id}</th>
      <td>
        <time dateTime={event.at}>{formatDateTime(event.at)}</time>
      </td>
      <td>
        {actor ? (
          <FilterButton label={m.filterByActor(actor)} onClick={() => onFilter({ actor })}>
            {actor}
          </FilterButton>
        ) : (
          m.system
        )}
      </td>
      <td>
        <FilterButton label={m.filterByAction(action)} onClick={() => onFilter({ action: event.action })}>
          {action}
        </FilterButton>
      </td>
      <td>
        <SubjectCell event={event} onFilter={onFilter} />
      </td>
      <td>
        <pre className="audit-details">{formatAuditDetails(event.details).join('\n')}</pre>
      </td>
    </tr>
  );
}

/** Audit events, newest first; actor, action and subject narrow the filter when clicked. */
export function AuditTable({ events, onFilter }: AuditTableProps) {
  return (
    <ScrollRegion label={m.caption}>
      <table className="table">
        <caption className="visually-hidden">{m.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{m.columnId}</th>
            <th scope="col">{m.columnAt}</th>
            <th scope="col">{m.columnActor}</th>
            <th scope="col">{m.columnAction}</th>
            <th scope="col">{m.columnSubject}</th>
            <th scope="col">{m.columnDetails}</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <EventRow key={event.id} event={event} onFilter={onFilter} />
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
