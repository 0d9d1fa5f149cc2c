import type { DraftView } from '@bsc/domain';
import { formatDateTime } from '../../../ui/format-date';
import { editorMessages as m } from '../messages';

/** Why the draft is read-only, or the reviewer's rejection comment. */
export function DraftNotices({ draft }: { draft: DraftView }) {
  return (
    <>
      {draft.state === 'in_review' && <p className="notice notice--info">{m.readOnlyInReview}</p>}
      {draft.state === 'scheduled' && (
        <p className="notice notice--info">
          {m.readOnlyScheduled} {formatDateTime(draft.publishAt)}
        </p>
      )}
      {draft.state === 'draft' && draft.rejectionComment && (
        <div className="notice notice--warning">
          <p>{m.rejected}</p>
          <p className="preserve-lines">{draft.rejectionComment}</p>
        </div>
      )}
    </>
  );
}
