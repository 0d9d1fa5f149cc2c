import type { FlagView } from '@bsc/domain';
import { useSearchParams } from 'react-router-dom';

/** Status filter value: one status or every flag. */
export type FlagStatusFilter = FlagView['status'] | 'all';

const VALUES: readonly FlagStatusFilter[] = ['open', 'resolved', 'all'];

/** The status filter in the URL (?status=), open by default: the queue is about open work. */
export function useStatusParam(): [FlagStatusFilter, (next: FlagStatusFilter) => void] {
  const [params, setParams] = useSearchParams();
  const status = VALUES.find((value) => value === params.get('status')) ?? 'open';
  const setStatus = (next: FlagStatusFilter) => setParams(next === 'open' ? {} : { status: next }, { replace: true });
  return [status, setStatus];
}
