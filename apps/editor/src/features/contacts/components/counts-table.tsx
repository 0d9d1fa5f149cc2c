import type { ContactCounts } from '@bsc/domain';
import type { ReactNode } from 'react';
import { contactMessages as m } from '../messages';
import { DataTable, type DataColumn } from '../../../ui/data-table';

/** One row of a CountsTable. */
export interface CountsRow {
  key: string;
  label: ReactNode;
  counts: ContactCounts;
  /** Cells after the label, before the counts (e.g. department, declared resolution). */
  extra?: ReactNode[];
}

/** Contacts, settled, forwarded, referred and rate per row. */
export function CountsTable({
  caption,
  heading,
  rows,
  extraHeadings = [],
}: {
  caption: string;
  heading: string;
  rows: CountsRow[];
  extraHeadings?: string[];
}) {
  if (rows.length === 0) return <p className="muted">{m.empty}</p>;
  const count = (header: string, cell: (counts: ContactCounts) => ReactNode): DataColumn<CountsRow> => ({
    header,
    cell: (row) => cell(row.counts),
    className: 'num',
  });
  return (
    <DataTable
      caption={caption}
      rows={rows}
      rowKey={(row) => row.key}
      rowHeader={{ header: heading, cell: (row) => row.label }}
      columns={[
        ...extraHeadings.map((header, index): DataColumn<CountsRow> => ({ header, cell: (row) => row.extra?.[index] })),
        count(m.total, (counts) => counts.total),
        count(m.outcomeShort.settled, (counts) => counts.settled),
        count(m.forwarded, (counts) => counts.forwarded),
        count(m.referred, (counts) => counts.referred),
        count(m.rate, (counts) => m.percent(counts.rate)),
      ]}
    />
  );
}
