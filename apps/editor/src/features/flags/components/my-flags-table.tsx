import type { FlagView } from '@bsc/domain';
import { Link } from 'react-router-dom';
import { DataTable } from '../../../ui/data-table';
import { formatDateTime } from '../../../ui/format-date';
import { flagMessages as m } from '../messages';
import { CommentCell, ReasonCell, ResultCell, StatusBadge } from './flag-cells';

/** The user's own flags with status and the department's answer. */
export function MyFlagsTable({ flags }: { flags: FlagView[] }) {
  return (
    <DataTable
      caption={m.myTitle}
      rows={flags}
      rowKey={(flag) => flag.id}
      rowHeader={{
        header: m.columnArticle,
        cell: (flag) => <Link to={`/artikel/${encodeURIComponent(flag.articleId)}`}>{flag.articleTitle}</Link>,
      }}
      columns={[
        { header: m.columnReason, cell: (flag) => <ReasonCell flag={flag} /> },
        { header: m.columnComment, cell: (flag) => <CommentCell flag={flag} /> },
        { header: m.columnCreated, cell: (flag) => formatDateTime(flag.createdAt) },
        { header: m.columnStatus, cell: (flag) => <StatusBadge flag={flag} /> },
        { header: m.columnResult, cell: (flag) => <ResultCell flag={flag} /> },
      ]}
    />
  );
}
