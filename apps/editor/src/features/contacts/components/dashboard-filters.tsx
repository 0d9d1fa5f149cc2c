import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useCurrentUser } from '../../../app/auth-context';
import { SelectField } from '../../../ui/form-field';
import { departmentsQuery } from '../../catalogue/api/catalogue-api';
import { contactSummaryCsvUrl, type SummaryFilter } from '../api/contacts-api';
import { contactMessages as m } from '../messages';

const PARAMS = { from: 'von', to: 'bis', departmentId: 'fachbereich' } as const;

/** The dashboard's filters in the URL (?von=&bis=&fachbereich=), so a link shows the same figures. */
export function useSummaryFilter(): [SummaryFilter, (change: Partial<SummaryFilter>) => void] {
  const [params, setParams] = useSearchParams();
  const filter: SummaryFilter = {
    from: params.get(PARAMS.from) || undefined,
    to: params.get(PARAMS.to) || undefined,
    departmentId: params.get(PARAMS.departmentId) || undefined,
  };
  const update = (change: Partial<SummaryFilter>) => {
    const next = { ...filter, ...change };
    const entries = (['from', 'to', 'departmentId'] as const).flatMap((key) => {
      const value = next[key];
      return value ? [[PARAMS[key], value]] : [];
    });
    setParams(Object.fromEntries(entries), { replace: true });
  };
  return [filter, update];
}

function DateField({ label, value, onChange }: { label: string; value: string; onChange: (value: string) => void }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="date" lang="de" value={value} onChange={(event) => onChange(event.target.value)} />
    </div>
  );
}

/** Date range, department (a department lead sees only their own) and the CSV export. */
export function DashboardFilters({
  filter,
  onChange,
  shownFrom,
  shownTo,
}: {
  filter: SummaryFilter;
  onChange: (change: Partial<SummaryFilter>) => void;
  shownFrom: string;
  shownTo: string;
}) {
  const user = useCurrentUser();
  const departments = useQuery(departmentsQuery());
  const seesAll = user.roles.includes('admin') || user.roles.includes('bsc_lead');
  const choices = (departments.data ?? []).filter((d) => seesAll || user.departmentIds.includes(d.id));
  const options = [
    { value: '', label: seesAll ? m.allDepartments : m.allMyDepartments },
    ...choices.map((d) => ({ value: d.id, label: d.name })),
  ];
  return (
    <div className="toolbar">
      <div className="field--inline">
        <DateField label={m.from} value={filter.from ?? shownFrom} onChange={(from) => onChange({ from: from || undefined })} />
      </div>
      <div className="field--inline">
        <DateField label={m.to} value={filter.to ?? shownTo} onChange={(to) => onChange({ to: to || undefined })} />
      </div>
      <div className="field--inline">
        <SelectField
          label={m.department}
          value={filter.departmentId ?? ''}
          options={options}
          onChange={(id) => onChange({ departmentId: id || undefined })}
        />
      </div>
      <a className="button button--secondary" href={contactSummaryCsvUrl(filter)} download>
        {m.csvDownload}
      </a>
    </div>
  );
}
