import type { ReactNode } from 'react';
import { ScrollRegion } from './scroll-region';

/** One column of a DataTable: its header and what each row shows in it. */
export interface DataColumn<Row> {
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** Class of the header and the cells ("num" aligns figures right, "nowrap"). */
  className?: string;
}

/** Props of DataTable. */
export interface DataTableProps<Row> {
  /** Names the table for screen readers and its scroller when it takes the focus. */
  caption: string;
  /** The column that names each row: its cells are row headers (`<th scope="row">`). */
  rowHeader: DataColumn<Row>;
  /** The other columns, in order; `false` leaves a column out (e.g. one only admins see). */
  columns: readonly (DataColumn<Row> | false)[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
}

/**
 * The app's list table: a caption, column headers, a row header per row, inside a scroller that
 * keyboard users can reach on narrow screens (ScrollRegion). Until 2026-12-08 each list wrote
 * this markup itself, and eight of them wrapped it in a scroller the keyboard could not reach.
 */
export function DataTable<Row>({ caption, rowHeader, columns, rows, rowKey }: DataTableProps<Row>) {
  const shown = columns.filter((column): column is DataColumn<Row> => column !== false);
  return (
    <ScrollRegion label={caption}>
      <table className="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {[rowHeader, ...shown].map((column, index) => (
              <th key={index} scope="col" className={column.className}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              <th scope="row" className={rowHeader.className}>
                {rowHeader.cell(row)}
              </th>
              {shown.map((column, index) => (
                <td key={index} className={column.className}>
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
