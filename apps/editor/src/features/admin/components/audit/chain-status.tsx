import { useQuery } from '@tanstack/react-query';
import { ErrorAlert } from '../../../../ui/error-alert';
import { auditVerifyQuery } from '../../api/audit-api';
import { adminMessages } from '../../messages';

const m = adminMessages.audit;

/** Result of recomputing the hash chain: intact (with the number checked) or where it broke. */
export function ChainStatus() {
  const verify = useQuery(auditVerifyQuery());
  if (verify.isError) return <ErrorAlert error={verify.error} onRetry={() => void verify.refetch()} />;
  const result = verify.data;
  const tone = !result ? 'notice--info' : result.ok ? 'notice--success' : 'notice--error';
  return (
    <div className={`notice ${tone}`} role="status" data-testid="audit-chain-status">
      <p className="chain-status">
        {!result ? m.chainChecking : result.ok ? m.chainOk(result.checked) : m.chainBroken(result.firstBrokenId ?? '?')}
      </p>
    </div>
  );
}
