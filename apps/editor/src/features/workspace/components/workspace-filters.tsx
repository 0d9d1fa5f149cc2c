import type { ArticleSummary, DepartmentView } from '@bsc/domain';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { SelectField, TextField } from '../../../ui/form-field';
import { articleMessages } from '../../articles/messages';
import { useDebouncedValue } from '../../search/hooks/use-debounced-value';
import { workspaceMessages as m } from '../messages';
import { filterFromParams, paramsFromFilter, WORKSPACE_STATUSES, type WorkspaceFilter } from '../workspace-filter';

type Status = ArticleSummary['status'];
const OPTIONS: { value: Status | ''; label: string }[] = [
  { value: '', label: m.allStatuses },
  ...WORKSPACE_STATUSES.map((status) => ({ value: status, label: articleMessages.status[status] })),
];
const TYPING_MS = 250;

/** The list's filters, kept in the URL so they survive reloads and "back". */
export function useWorkspaceFilter(): [WorkspaceFilter, (change: Partial<WorkspaceFilter>) => void] {
  const [params, setParams] = useSearchParams();
  const filter = filterFromParams(params);
  const update = (change: Partial<WorkspaceFilter>) => setParams(paramsFromFilter({ ...filter, ...change }), { replace: true });
  return [filter, update];
}

/** Status, department and title text of the workspace list. */
export function WorkspaceFilters({
  filter,
  onChange,
  departments,
}: {
  filter: WorkspaceFilter;
  onChange: (change: Partial<WorkspaceFilter>) => void;
  departments: DepartmentView[];
}) {
  const [text, setText] = useState(filter.q ?? '');
  const typed = useDebouncedValue(text, TYPING_MS);
  useEffect(() => {
    if ((typed.trim() || undefined) !== filter.q) onChange({ q: typed.trim() || undefined });
    // Only the settled text changes the URL (deliberately not on `filter`, which follows it).
  }, [typed]);
  return (
    <>
      <div className="field--inline">
        <TextField label={m.searchFilter} value={text} onChange={setText} />
      </div>
      <div className="field--inline">
        <SelectField
          label={m.statusFilter}
          value={filter.status ?? ''}
          options={OPTIONS}
          onChange={(status) => onChange({ status: status || undefined })}
        />
      </div>
      {departments.length > 1 && (
        <div className="field--inline">
          <SelectField
            label={m.departmentFilter}
            value={filter.departmentId ?? ''}
            options={[{ value: '', label: m.allDepartments }, ...departments.map((d) => ({ value: d.id, label: d.name }))]}
            onChange={(departmentId) => onChange({ departmentId: departmentId || undefined })}
          />
        </div>
      )}
    </>
  );
}
