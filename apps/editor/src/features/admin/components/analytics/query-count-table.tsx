import type { QueryCount } from '@bsc/domain';
import { adminMessages } from '../../messages';
import { ScrollRegion } from '../../../../ui/scroll-region';

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
        <ScrollRegion label={title}>
          <table className="table">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{m.columnQuery}</th>
                <th scope="col" className="num">
                  {m.columnCount}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.query}>
                  <th scope="row">{row.query}</th>
                  <td className="num">{row.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}
