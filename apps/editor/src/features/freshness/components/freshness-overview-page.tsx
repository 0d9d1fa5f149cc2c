import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router-dom';
import { ErrorAlert } from '../../../ui/error-alert';
import { formatDateTime } from '../../../ui/format-date';
import { SelectField } from '../../../ui/form-field';
import { Loading } from '../../../ui/page-loading';
import { departmentsQuery } from '../../catalogue/api/catalogue-api';
import { freshnessCsvUrl, freshnessQuery } from '../api/freshness-api';
import { freshnessMessages as m } from '../messages';
import { AttentionList } from './attention-list';
import { DepartmentFreshnessTable } from './department-freshness-table';
import { FreshnessSummary } from './freshness-summary';
import '../freshness.css';

// The department filter lives in the URL (?fachbereich=) so a link can point at one department.
function useDepartmentFilter(): [string, (id: string) => void] {
  const [params, setParams] = useSearchParams();
  const departmentId = params.get('fachbereich') ?? '';
  return [departmentId, (id) => setParams(id ? { fachbereich: id } : {}, { replace: true })];
}

function DepartmentFilter({ value, onChange }: { value: string; onChange: (id: string) => void }) {
  const departments = useQuery(departmentsQuery());
  const options = [{ value: '', label: m.allDepartments }, ...(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))];
  return (
    <div className="field--inline">
      <SelectField label={m.departmentFilter} value={value} options={options} onChange={onChange} />
    </div>
  );
}

/** /verwaltung/aktualitaet — counts per department and overall, CSV export, articles to act on. */
export function FreshnessOverviewPage() {
  const [departmentId, setDepartmentId] = useDepartmentFilter();
  const overview = useQuery(freshnessQuery(departmentId || undefined));
  return (
    <section className="page" aria-labelledby="freshness-title">
      <h1 id="freshness-title">{m.overviewTitle}</h1>
      <p className="muted">{m.overviewIntro}</p>
      <div className="toolbar">
        <DepartmentFilter value={departmentId} onChange={setDepartmentId} />
        <a className="button button--secondary" href={freshnessCsvUrl(departmentId || undefined)} download>
          {m.csvDownload}
        </a>
      </div>
      {overview.isPending && <Loading />}
      {overview.isError && <ErrorAlert error={overview.error} onRetry={() => void overview.refetch()} />}
      {overview.data && (
        <>
          <p className="muted">{m.asOf(formatDateTime(overview.data.at))}</p>
          <FreshnessSummary counts={overview.data.overall} />
          <p className="muted">{m.trustScoreHint}</p>
          <DepartmentFreshnessTable departments={overview.data.departments} overall={overview.data.overall} />
          <h2>{m.attentionTitle}</h2>
          <AttentionList items={overview.data.items} showDepartment emptyText={m.attentionEmpty} />
        </>
      )}
    </section>
  );
}
