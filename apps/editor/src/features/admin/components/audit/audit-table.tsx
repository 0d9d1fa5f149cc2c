import type { AuditEventView } from '@bsc/domain';
import { formatDateTime } from '../../../../ui/format-date';
import { formatAuditDetails } from '../../audit/audit-filters';
import { adminMessages } from '../../messages';

const m = adminMessages.audit;

/** Props of AuditTable. */
export interface AuditTableProps {
  events: AuditEventView[];
  onFilterSubject: (subjectId: string) => void;
}

function SubjectCell({ event, onFilterSubject }: { event: AuditEventView; onFilterSubject: (id: string) => void }) {
  if (!event.subjectId) return <>{event.subjectType}</>;
  const subject = `${event.subjectType} ${event.subjectId}`;
  return (
    <>
      {event.subjectType}{' '}
      <button
        type="button"
        className="link-button"
        title={m.filterBySubject(subject)}
        aria-label={m.filterBySubject(subject)}
        onClick={() => onFilterSubject(event.subjectId ?? '')}
      >
        <code>{event.subjectId.slice(0, 8)}</code>
      </button>
    </>
  );
}

/** Audit events, newest first. */
export function AuditTable({ events, onFilterSubject }: AuditTableProps) {
  return (
    <div className="table-wrap">
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
            <tr key={event.id}>
              <th scope="row">{event.id}</th>
              <td>
                <time dateTime={event.at}>{formatDateTime(event.at)}</time>
              </td>
              <td>{event.actorLogin ?? m.system}</td>
              <td>
                <code>{event.action}</code>
              </td>
              <td>
                <SubjectCell event={event} onFilterSubject={onFilterSubject} />
              </td>
              <td>
                <pre className="audit-details">{formatAuditDetails(event.details).join('\n')}</pre>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
