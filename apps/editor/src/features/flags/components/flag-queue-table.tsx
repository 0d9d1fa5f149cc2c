import type { FlagView } from '@bsc/domain';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../../ui/format-date';
import { flagMessages as m } from '../messages';
import { CommentCell, ReasonCell, ResultCell, StatusBadge } from './flag-cells';

/** Props of FlagQueueTable. */
export interface FlagQueueTableProps {
  flags: FlagView[];
  /** Department names by id; with it the table shows a department column (admin view). */
  departmentNames?: ReadonlyMap<string, string>;
  articleHref: (flag: FlagView) => string;
  onResolve: (flag: FlagView) => void;
}

function FlagRow({ flag, departmentNames, articleHref, onResolve }: Omit<FlagQueueTableProps, 'flags'> & { flag: FlagView }) {
  return (
    <tr>
      <th scope="row">
        <Link to={articleHref(flag)}>{flag.articleTitle}</Link>
      </th>
      {departmentNames && <td>{departmentNames.get(flag.departmentId) ?? ''}</td>}
      <td>
        <ReasonCell flag={flag} />
      </td>
      <td>
        <CommentCell flag={flag} />
      </td>
      <td>{formatDateTime(flag.createdAt)}</td>
      <td>
        <StatusBadge flag={flag} />
      </td>
      <td>
        {flag.status === 'open' ? (
          <button
            type="button"
            className="button button--secondary button--small"
            aria-label={m.resolveFor(flag.articleTitle)}
            onClick={() => onResolve(flag)}
          >
            {m.resolve}
          </button>
        ) : (
          <ResultCell flag={flag} />
        )}
      </td>
    </tr>
  );
}

/** The department's flags: article, reason, comment, date, and "Erledigen" while open. */
export function FlagQueueTable({ flags, departmentNames, articleHref, onResolve }: FlagQueueTableProps) {
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{m.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{m.columnArticle}</th>
            {departmentNames && <th scope="col">{m.columnDepartment}</th>}
            <th scope="col">{m.columnReason}</th>
            <th scope="col">{m.columnComment}</th>
            <th scope="col">{m.columnCreated}</th>
            <th scope="col">{m.columnStatus}</th>
            <th scope="col">{m.columnActions}</th>
          </tr>
        </thead>
        <tbody>
          {flags.map((flag) => (
            <FlagRow key={flag.id} flag={flag} departmentNames={departmentNames} articleHref={articleHref} onResolve={onResolve} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
