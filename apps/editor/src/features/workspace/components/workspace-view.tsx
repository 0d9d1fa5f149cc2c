import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useCurrentUser } from '../../../app/auth-context';
import { ErrorAlert } from '../../../ui/error-alert';
import { Loading } from '../../../ui/page-loading';
import { articleKeys, listArticles } from '../../articles/api/articles-api';
import { departmentsQuery } from '../../catalogue/api/catalogue-api';
import { workspaceMessages as m } from '../messages';
import { ArticleTable } from './article-table';
import { NewArticleDialog } from './new-article-dialog';
import { useWorkspaceFilter, WorkspaceFilters } from './workspace-filters';

/** The departments the user may write articles for (admins: all). */
export function useOwnDepartments() {
  const user = useCurrentUser();
  const departments = useQuery(departmentsQuery());
  return (departments.data ?? []).filter((d) => user.roles.includes('admin') || user.departmentIds.includes(d.id));
}

/** Title search, status and department filters, "Neuer Artikel" and the article table. */
export function WorkspaceView() {
  const [filter, setFilter] = useWorkspaceFilter();
  const [dialogOpen, setDialogOpen] = useState(false);
  const departments = useOwnDepartments();
  const articles = useQuery({ queryKey: articleKeys.list(filter), queryFn: ({ signal }) => listArticles(filter, signal) });

  return (
    <>
      <div className="toolbar">
        <WorkspaceFilters filter={filter} onChange={setFilter} departments={departments} />
        <button type="button" className="button button--primary" onClick={() => setDialogOpen(true)}>
          {m.newArticle}
        </button>
      </div>
      {articles.isPending && <Loading />}
      {articles.isError && <ErrorAlert error={articles.error} onRetry={() => void articles.refetch()} />}
      {articles.data && (
        <>
          <p className="muted" role="status">
            {m.count(articles.data.length)}
          </p>
          <ArticleTable articles={articles.data} linkTo={(id) => `/arbeitsbereich/artikel/${id}`} />
        </>
      )}
      <NewArticleDialog open={dialogOpen} onClose={() => setDialogOpen(false)} departments={departments} />
    </>
  );
}
