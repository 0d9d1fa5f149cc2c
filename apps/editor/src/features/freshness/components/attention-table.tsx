import type { FreshnessItem } from '@bsc/domain';
import { Link } from 'react-router-dom';
import { Badge } from '../../../ui/badge';
import { formatDate } from '../../../ui/format-date';
import { FreshnessBadge } from '../../articles/components/freshness-badge';
import { canBeVerified, describeDue } from '../freshness-format';
import { freshnessMessages as m } from '../messages';
import { ScrollRegion } from '../../../ui/scroll-region';
import { SmallButton } from '../../../ui/small-button';

/** Props of AttentionTable. */
export interface AttentionTableProps {
  items: FreshnessItem[];
  showDepartment: boolean;
  /** The article being verified right now (its button is busy). */
  verifying: string | null;
  onVerify: (item: FreshnessItem) => void;
}

function DueCell({ item }: { item: FreshnessItem }) {
  return (
    <>
      {formatDate(item.nextReviewAt)}
      <span className="muted freshness-note">{describeDue(item)}</span>
    </>
  );
}

function VerifyButton({ item, busy, onVerify }: { item: FreshnessItem; busy: boolean; onVerify: () => void }) {
  if (!canBeVerified(item)) return null;
  return (
    <SmallButton disabled={busy} aria-label={m.verifyFor(item.title)} onClick={onVerify}>
      {busy ? m.verifying : m.verify}
    </SmallButton>
  );
}

function AttentionRow({
  item,
  showDepartment,
  busy,
  onVerify,
}: {
  item: FreshnessItem;
  showDepartment: boolean;
  busy: boolean;
  onVerify: () => void;
}) {
  return (
    <tr>
      <th scope="row">
        <Link to={`/arbeitsbereich/artikel/${encodeURIComponent(item.articleId)}`}>{item.title}</Link>
      </th>
      {showDepartment && <td>{item.departmentName}</td>}
      <td>
        <FreshnessBadge state={item.freshness} />
      </td>
      <td>
        <DueCell item={item} />
      </td>
      <td>
        {formatDate(item.validUntil)}
        {item.expiring && item.validUntil && <Badge tone="warning">{m.expiringOn(formatDate(item.validUntil))}</Badge>}
      </td>
      <td>{item.openFlags > 0 ? <Badge tone="warning">{item.openFlags}</Badge> : 0}</td>
      <td>
        <VerifyButton item={item} busy={busy} onVerify={onVerify} />
      </td>
    </tr>
  );
}

/** Articles with a due review or ending validity, with "Als aktuell bestätigen". */
export function AttentionTable({ items, showDepartment, verifying, onVerify }: AttentionTableProps) {
  return (
    <ScrollRegion label={m.attentionCaption}>
      <table className="table">
        <caption className="visually-hidden">{m.attentionCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{m.columnArticle}</th>
            {showDepartment && <th scope="col">{m.columnDepartment}</th>}
            <th scope="col">{m.columnState}</th>
            <th scope="col">{m.columnNextReview}</th>
            <th scope="col">{m.columnValidUntil}</th>
            <th scope="col">{m.columnFlags}</th>
            <th scope="col">{m.columnActions}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <AttentionRow
              key={item.articleId}
              item={item}
              showDepartment={showDepartment}
              busy={verifying === item.articleId}
              onVerify={() => onVerify(item)}
            />
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
