import type { ArticleSummary } from '@bsc/domain';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../../ui/format-date';
import { reviewMessages as m } from '../messages';

/** The submitted drafts waiting for a decision. */
export function ReviewQueueList({ items }: { items: ArticleSummary[] }) {
  if (items.length === 0) return <p>{m.queueEmpty}</p>;
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{m.queueTitle}</caption>
        <thead>
          <tr>
            <th scope="col">{m.columnTitle}</th>
            <th scope="col">{m.columnDepartment}</th>
            <th scope="col">{m.columnSubmitted}</th>
            <th scope="col">{m.columnVersion}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <th scope="row">
                <Link to={`/freigaben/${item.id}`}>{item.title}</Link>
              </th>
              <td>{item.departmentName}</td>
              <td>{formatDateTime(item.updatedAt)}</td>
              <td>{item.publishedVersion ?? m.newArticle}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
