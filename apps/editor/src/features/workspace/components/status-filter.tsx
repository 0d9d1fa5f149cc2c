import type { ArticleSummary } from '@bsc/domain';
import { useSearchParams } from 'react-router-dom';
import { SelectField } from '../../../ui/form-field';
import { articleMessages } from '../../articles/messages';
import { workspaceMessages as m } from '../messages';

type Status = ArticleSummary['status'];
const STATUSES: readonly Status[] = ['draft', 'in_review', 'scheduled', 'published', 'archived'];
const OPTIONS: { value: Status | ''; label: string }[] = [
  { value: '', label: m.allStatuses },
  ...STATUSES.map((status) => ({ value: status, label: articleMessages.status[status] })),
];

/** The status filter, kept in the URL (?status=) so it survives reloads and "back". */
export function useStatusFilter(): [Status | undefined, (status: Status | '') => void] {
  const [params, setParams] = useSearchParams();
  const status = STATUSES.find((candidate) => candidate === params.get('status'));
  const setStatus = (next: Status | '') => setParams(next ? { status: next } : {}, { replace: true });
  return [status, setStatus];
}

/** Select "Status: Alle / Entwurf / …". */
export function StatusFilter({ value, onChange }: { value: Status | undefined; onChange: (status: Status | '') => void }) {
  return (
    <div className="field--inline">
      <SelectField label={m.statusFilter} value={value ?? ''} options={OPTIONS} onChange={onChange} />
    </div>
  );
}
