import type { FlagView } from '@bsc/domain';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { ErrorAlert } from '../../../ui/error-alert';
import { SelectField } from '../../../ui/form-field';
import { Loading } from '../../../ui/page-loading';
import { departmentsQuery } from '../../catalogue/api/catalogue-api';
import { useFlagList } from '../hooks/use-flags';
import { useStatusParam, type FlagStatusFilter } from '../hooks/use-status-param';
import { flagMessages as m } from '../messages';
import { FlagQueueTable } from './flag-queue-table';
import { ResolveFlagDialog } from './resolve-flag-dialog';
import '../flags.css';

const STATUS_OPTIONS: { value: FlagStatusFilter; label: string }[] = [
  { value: 'open', label: m.status.open },
  { value: 'resolved', label: m.status.resolved },
  { value: 'all', label: m.filterAll },
];

/** Props of FlagQueueView. */
export interface FlagQueueViewProps {
  /** Adds the department column (admins see every department). */
  showDepartment?: boolean;
  articleHref: (flag: FlagView) => string;
}

// The names load beside the flags; until they are there the table waits, so no row shows an
// empty department cell (a CI run caught the table rendered before the names).
function useDepartmentNames(enabled: boolean): { names: ReadonlyMap<string, string> | undefined; pending: boolean } {
  const departments = useQuery({ ...departmentsQuery(), enabled });
  const names = useMemo(
    () => (enabled ? new Map((departments.data ?? []).map((d) => [d.id, d.name])) : undefined),
    [enabled, departments.data],
  );
  return { names, pending: enabled && departments.isPending };
}

// After resolving, the row (and the button that opened the dialog) may vanish: focus the notice.
function useNotice() {
  const [notice, setNotice] = useState('');
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (notice) ref.current?.focus();
  }, [notice]);
  return { notice, setNotice, ref };
}

/** Status filter, the flag table and the resolve dialog. */
export function FlagQueueView({ showDepartment = false, articleHref }: FlagQueueViewProps) {
  const [status, setStatus] = useStatusParam();
  const flags = useFlagList({ status: status === 'all' ? undefined : status });
  const { names: departmentNames, pending: namesPending } = useDepartmentNames(showDepartment);
  const [resolving, setResolving] = useState<FlagView | null>(null);
  const { notice, setNotice, ref } = useNotice();

  return (
    <>
      <div className="toolbar">
        <div className="field--inline">
          <SelectField label={m.statusFilter} value={status} options={STATUS_OPTIONS} onChange={setStatus} />
        </div>
      </div>
      <p className="flags__notice" role="status" tabIndex={-1} ref={ref}>
        {notice}
      </p>
      {(flags.isPending || namesPending) && <Loading />}
      {flags.isError && <ErrorAlert error={flags.error} onRetry={() => void flags.refetch()} />}
      {flags.data && flags.data.length === 0 && <p>{status === 'open' ? m.emptyOpen : m.empty}</p>}
      {flags.data && flags.data.length > 0 && !namesPending && (
        <>
          <p className="muted">{m.count(flags.data.length)}</p>
          <FlagQueueTable flags={flags.data} departmentNames={departmentNames} articleHref={articleHref} onResolve={setResolving} />
        </>
      )}
      <ResolveFlagDialog
        flag={resolving}
        onClose={() => setResolving(null)}
        onResolved={(flag) => {
          setResolving(null);
          setNotice(m.resolved(flag.articleTitle));
        }}
      />
    </>
  );
}
