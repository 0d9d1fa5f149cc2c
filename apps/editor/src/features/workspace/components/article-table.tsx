import type { ArticleSummary } from '@bsc/domain';
import { Link } from 'react-router-dom';
import { Badge } from '../../../ui/badge';
import { DataTable } from '../../../ui/data-table';
import { formatDate } from '../../../ui/format-date';
import { FreshnessBadge } from '../../articles/components/freshness-badge';
import { articleMessages } from '../../articles/messages';
import { workspaceMessages as m } from '../messages';

function StatusCell({ article }: { article: ArticleSummary }) {
  const draftNote = article.hasDraft && article.status === 'published' ? ` (${m.draftPending})` : '';
  return (
    <>
      {articleMessages.status[article.status]}
      {draftNote}
    </>
  );
}

/** The author's article list as a table. */
export function ArticleTable({ articles, linkTo }: { articles: ArticleSummary[]; linkTo: (id: string) => string }) {
  if (articles.length === 0) return <p>{m.empty}</p>;
  return (
    <DataTable
      caption={m.tableCaption}
      rows={articles}
      rowKey={(article) => article.id}
      rowHeader={{ header: m.columnTitle, cell: (article) => <Link to={linkTo(article.id)}>{article.title}</Link> }}
      columns={[
        { header: m.columnDepartment, cell: (article) => article.departmentName },
        { header: m.columnStatus, cell: (article) => <StatusCell article={article} /> },
        { header: m.columnFreshness, cell: (article) => article.freshness && <FreshnessBadge state={article.freshness} /> },
        { header: m.columnNextReview, cell: (article) => formatDate(article.nextReviewAt) },
        { header: m.columnFlags, cell: (article) => (article.openFlags > 0 ? <Badge tone="warning">{article.openFlags}</Badge> : 0) },
      ]}
    />
  );
}
