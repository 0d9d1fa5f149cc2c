import type { ArticleSummary } from '@bsc/domain';
import { Link } from 'react-router-dom';
import { Badge } from '../../../ui/badge';
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
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{m.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{m.columnTitle}</th>
            <th scope="col">{m.columnDepartment}</th>
            <th scope="col">{m.columnStatus}</th>
            <th scope="col">{m.columnFreshness}</th>
            <th scope="col">{m.columnNextReview}</th>
            <th scope="col">{m.columnFlags}</th>
          </tr>
        </thead>
        <tbody>
          {articles.map((article) => (
            <tr key={article.id}>
              <th scope="row">
                <Link to={linkTo(article.id)}>{article.title}</Link>
              </th>
              <td>{article.departmentName}</td>
              <td>
                <StatusCell article={article} />
              </td>
              <td>{article.freshness && <FreshnessBadge state={article.freshness} />}</td>
              <td>{formatDate(article.nextReviewAt)}</td>
              <td>{article.openFlags > 0 ? <Badge tone="warning">{article.openFlags}</Badge> : 0}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
