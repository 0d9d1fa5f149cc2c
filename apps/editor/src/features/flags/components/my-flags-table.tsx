import type { FlagView } from '@bsc/domain';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../../ui/format-date';
import { flagMessages as m } from '../messages';
import { CommentCell, ReasonCell, ResultCell, StatusBadge } from './flag-cells';

/** The user's own flags with status and the department's answer. */
export function MyFlagsTable({ flags }: { flags: FlagView[] }) {
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{m.myTitle}</caption>
        <thead>
          <tr>
            <th scope="col">{m.columnArticle}</th>
            <th scope="col">{m.columnReason}</th>
            <th scope="col">{m.columnComment}</th>
            <th scope="col">{m.columnCreated}</th>
            <th scope="col">{m.columnStatus}</th>
            <th scope="col">{m.columnResult}</th>
          </tr>
        </thead>
        <tbody>
          {flags.map((flag) => (
            <tr key={flag.id}>
              <th scope="row">
                <Link to={`/artikel/${encodeURIComponent(flag.articleId)}`}>{flag.articleTitle}</Link>
              </th>
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
                <ResultCell flag={flag} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
