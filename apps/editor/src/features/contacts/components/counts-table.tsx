import type { ContactCounts } from '@bsc/domain';
import type { ReactNode } from 'react';
import { contactMessages as m } from '../messages';
import { ScrollRegion } from '../../../ui/scroll-region';

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
  return (
    // Focusable and named: wide tables scroll sideways, and keyboard users must reach that too.
    <ScrollRegion label={caption}>
      <table className="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{heading}</th>
            {extraHeadings.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
            <th scope="col" className="num">
              {m.total}
            </th>
            <th scope="col" className="num">
              {m.outcomeShort.settled}
            </th>
            <th scope="col" className="num">
              {m.forwarded}
            </th>
            <th scope="col" className="num">
              {m.referred}
            </th>
            <th scope="col" className="num">
              {m.rate}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              {row.extra?.map((cell, index) => (
                <td key={index}>{cell}</td>
              ))}
              <td className="num">{row.counts.total}</td>
              <td className="num">{row.counts.settled}</td>
              <td className="num">{row.counts.forwarded}</td>
              <td className="num">{row.counts.referred}</td>
              <td className="num">{m.percent(row.counts.rate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
