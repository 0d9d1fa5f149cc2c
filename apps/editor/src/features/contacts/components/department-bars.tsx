import type { ContactDepartmentCounts } from '@bsc/domain';
import { Fragment } from 'react';
import { contactMessages as m } from '../messages';
import { CountsTable } from './counts-table';

/** Bars per department (contacts, of which settled) with the same figures as a table. */
export function DepartmentBars({ departments }: { departments: ContactDepartmentCounts[] }) {
  const max = Math.max(1, ...departments.map((d) => d.total));
  const name = (d: ContactDepartmentCounts) => d.departmentName ?? m.noDepartment;
  return (
    <section aria-labelledby="departments-title">
      <h2 id="departments-title">{m.byDepartmentTitle}</h2>
      {departments.length > 0 && (
        <div className="contact-bars" role="img" aria-label={m.byDepartmentChartLabel}>
          {departments.map((d) => (
            <Fragment key={d.departmentId ?? 'none'}>
              <span aria-hidden="true">{name(d)}</span>
              <span className="contact-bars__track" aria-hidden="true">
                <span className="contact-bars__total" style={{ width: `${(d.total / max) * 100}%` }} />
                <span className="contact-bars__settled" style={{ width: `${(d.settled / max) * 100}%` }} />
              </span>
            </Fragment>
          ))}
        </div>
      )}
      <CountsTable
        caption={m.byDepartmentTitle}
        heading={m.department}
        rows={departments.map((d) => ({ key: d.departmentId ?? 'none', label: name(d), counts: d }))}
      />
    </section>
  );
}
