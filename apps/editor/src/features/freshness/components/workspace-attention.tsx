import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ErrorAlert } from '../../../ui/error-alert';
import { Loading } from '../../../ui/page-loading';
import { freshnessQuery } from '../api/freshness-api';
import { freshnessMessages as m } from '../messages';
import { AttentionList } from './attention-list';
import '../freshness.css';

// The most urgent few keep the article list in view; the rest is one click away.
const INITIAL_ROWS = 10;

/** In the author workspace: due and overdue reviews and expiring articles of own departments. */
export function WorkspaceAttention() {
  const overview = useQuery(freshnessQuery());
  const [showAll, setShowAll] = useState(false);
  const items = overview.data?.items ?? [];
  const shown = showAll ? items : items.slice(0, INITIAL_ROWS);
  return (
    <section aria-labelledby="attention-title" className="workspace-attention">
      <h2 id="attention-title">{m.workspaceTitle}</h2>
      {overview.isPending && <Loading />}
      {overview.isError && <ErrorAlert error={overview.error} onRetry={() => void overview.refetch()} />}
      {overview.data && <AttentionList items={shown} showDepartment={overview.data.departments.length > 1} emptyText={m.workspaceEmpty} />}
      {items.length > shown.length && (
        <button type="button" className="button button--secondary" onClick={() => setShowAll(true)}>
          {m.showAll(items.length)}
        </button>
      )}
    </section>
  );
}
