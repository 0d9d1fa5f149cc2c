import type { QueryCount } from '@bsc/domain';
import { adminMessages } from '../../messages';
import { DataTable } from '../../../../ui/data-table';

const m = adminMessages.analytics;

/** Props of QueryCountTable. */
export interface QueryCountTableProps {
  id: string;
  title: string;
  hint: string;
  rows: QueryCount[];
}

/** One ranking (top, zero-result or no-click queries) under its own heading. */
export function QueryCountTable({ id, title, hint, rows }: QueryCountTableProps) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <p className="muted">{hint}</p>
      {rows.length === 0 ? (
        <p>{m.empty}</p>
      ) : (
        <DataTable
          caption={title}
          rows={rows}
          rowKey={(row) => row.query}
          rowHeader={{ header: m.columnQuery, cell: (row) => row.query }}
          columns={[{ header: m.columnCount, cell: (row) => row.count, className: 'num' }]}
        />
      )}
    </section>
  );
}
