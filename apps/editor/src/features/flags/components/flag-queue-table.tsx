import type { FlagView } from '@bsc/domain';
import { Link } from 'react-router-dom';
import { DataTable } from '../../../ui/data-table';
import { formatDateTime } from '../../../ui/format-date';
import { flagMessages as m } from '../messages';
import { CommentCell, ReasonCell, ResultCell, StatusBadge } from './flag-cells';
import { SmallButton } from '../../../ui/small-button';

/** Props of FlagQueueTable. */
export interface FlagQueueTableProps {
  flags: FlagView[];
  /** Department names by id; with it the table shows a department column (admin view). */
  departmentNames?: ReadonlyMap<string, string>;
  articleHref: (flag: FlagView) => string;
  onResolve: (flag: FlagView) => void;
}

/** The department's flags: article, reason, comment, date, and "Erledigen" while open. */
export function FlagQueueTable({ flags, departmentNames, articleHref, onResolve }: FlagQueueTableProps) {
  return (
    <DataTable
      caption={m.tableCaption}
      rows={flags}
      rowKey={(flag) => flag.id}
      rowHeader={{ header: m.columnArticle, cell: (flag) => <Link to={articleHref(flag)}>{flag.articleTitle}</Link> }}
      columns={[
        departmentNames !== undefined && { header: m.columnDepartment, cell: (flag) => departmentNames.get(flag.departmentId) ?? '' },
        { header: m.columnReason, cell: (flag) => <ReasonCell flag={flag} /> },
        { header: m.columnComment, cell: (flag) => <CommentCell flag={flag} /> },
        { header: m.columnCreated, cell: (flag) => formatDateTime(flag.createdAt) },
        { header: m.columnStatus, cell: (flag) => <StatusBadge flag={flag} /> },
        {
          header: m.columnActions,
          cell: (flag) =>
            flag.status === 'open' ? (
              <SmallButton aria-label={m.resolveFor(flag.articleTitle)} onClick={() => onResolve(flag)}>
                {m.resolve}
              </SmallButton>
            ) : (
              <ResultCell flag={flag} />
            ),
        },
      ]}
    />
  );
}
