import type { ArticleSummary } from '@bsc/domain';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useCurrentUser } from '../../../app/auth-context';
import { ErrorAlert } from '../../../ui/error-alert';
import { Loading } from '../../../ui/page-loading';
import { articleKeys, listArticles } from '../../articles/api/articles-api';
import { articleMessages } from '../../articles/messages';
import { departmentsQuery } from '../../catalogue/api/catalogue-api';
import { workspaceMessages as m } from '../messages';
import { ArticleTable } from './article-table';
import { NewArticleDialog } from './new-article-dialog';

const STATUSES: readonly ArticleSummary['status'][] = ['draft', 'in_review', 'scheduled', 'published', 'archived'];

function parseStatus(value: string | null): ArticleSummary['status'] | undefined {
  return STATUSES.find((status) => status === value);
}

/** Status filter, "Neuer Artikel" and the article table. */
export function WorkspaceView() {
  const user = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const status = parseStatus(params.get('status'));
  const [dialogOpen, setDialogOpen] = useState(false);
  const articles = useQuery({
    queryKey: articleKeys.list({ status }),
    queryFn: ({ signal }) => listArticles({ status }, signal),
  });
  const departments = useQuery(departmentsQuery());
  const ownDepartments = (departments.data ?? []).filter(
    (department) => user.roles.includes('admin') || user.departmentIds.includes(department.id),
  );

  return (
    <>
      <div className="toolbar">
        <div className="field field--inline">
          <label htmlFor="status-filter">{m.statusFilter}</label>
          <select
            id="status-filter"
            value={status ?? ''}
            onChange={(event) => setParams(event.target.value ? { status: event.target.value } : {}, { replace: true })}
          >
            <option value="">{m.allStatuses}</option>
            {STATUSES.map((value) => (
              <option key={value} value={value}>
                {articleMessages.status[value]}
              </option>
            ))}
          </select>
        </div>
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
      <NewArticleDialog open={dialogOpen} onClose={() => setDialogOpen(false)} departments={ownDepartments} />
    </>
  );
}
