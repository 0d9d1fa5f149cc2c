import type { DepartmentFreshness, FreshnessCounts } from '@bsc/domain';
import { FRESHNESS_COUNT_KEYS, formatTrustScore } from '../freshness-format';
import { freshnessMessages as m } from '../messages';
import { ScrollRegion } from '../../../ui/scroll-region';

function CountCells({ counts }: { counts: FreshnessCounts }) {
  return (
    <>
      {FRESHNESS_COUNT_KEYS.map((key) => (
        <td key={key} className="num">
          {counts[key]}
        </td>
      ))}
      <td className="num">{formatTrustScore(counts.trustScore)}</td>
    </>
  );
}

/** One row per department and a total row. */
export function DepartmentFreshnessTable({ departments, overall }: { departments: DepartmentFreshness[]; overall: FreshnessCounts }) {
  return (
    <ScrollRegion label={m.departmentsCaption}>
      <table className="table">
        <caption className="visually-hidden">{m.departmentsCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{m.columnDepartment}</th>
            {FRESHNESS_COUNT_KEYS.map((key) => (
              <th key={key} scope="col" className="num">
                {m.count[key]}
              </th>
            ))}
            <th scope="col" className="num">
              {m.trustScore}
            </th>
          </tr>
        </thead>
        <tbody>
          {departments.map((department) => (
            <tr key={department.departmentId}>
              <th scope="row">{department.departmentName}</th>
              <CountCells counts={department} />
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{m.overallRow}</th>
            <CountCells counts={overall} />
          </tr>
        </tfoot>
      </table>
    </ScrollRegion>
  );
}
