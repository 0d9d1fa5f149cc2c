import type { ArticleSummary } from '@bsc/domain';
import { Link } from 'react-router-dom';
import { DataTable } from '../../../ui/data-table';
import { formatDateTime } from '../../../ui/format-date';
import { reviewMessages as m } from '../messages';

/** The submitted drafts waiting for a decision. */
export function ReviewQueueList({ items }: { items: ArticleSummary[] }) {
  if (items.length === 0) return <p>{m.queueEmpty}</p>;
  return (
    <DataTable
      caption={m.queueTitle}
      rows={items}
      rowKey={(item) => item.id}
      rowHeader={{ header: m.columnTitle, cell: (item) => <Link to={`/freigaben/${item.id}`}>{item.title}</Link> }}
      columns={[
        { header: m.columnDepartment, cell: (item) => item.departmentName },
        { header: m.columnSubmitted, cell: (item) => formatDateTime(item.updatedAt) },
        { header: m.columnVersion, cell: (item) => item.publishedVersion ?? m.newArticle },
      ]}
    />
  );
}
