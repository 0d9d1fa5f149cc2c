import type { ArticleDetail, DraftView } from '@bsc/domain';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { ApiError } from '../../../api/http';
import { formatDateTime } from '../../../ui/format-date';
import { articleKeys, submitForReview } from '../../articles/api/articles-api';
import { documentsQuery } from '../../catalogue/api/catalogue-api';
import { useAutosave } from '../hooks/use-autosave';
import { useUnsavedWarning } from '../hooks/use-unsaved-warning';
import { editorMessages as m } from '../messages';
import { ConflictDialog } from './conflict-dialog';
import { DraftForm } from './draft-form';
import { SaveStatusIndicator } from './save-status';
import { SubmitDialog } from './submit-dialog';
import { VerifyButton } from './verify-button';
import { VersionHistory } from './version-history';

function DraftNotices({ draft }: { draft: DraftView }) {
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

function useDocumentNamer() {
  const catalogue = useQuery(documentsQuery());
  return useCallback(
    (id: string) => catalogue.data?.find((doc) => doc.id === id)?.name ?? m.unknownDocument,
    [catalogue.data],
  );
}

/** The editable draft: form with autosave, conflict handling, submit and version history. */
export function DraftEditor({ detail, draft }: { detail: ArticleDetail; draft: DraftView }) {
  const readOnly = draft.state !== 'draft';
  const autosave = useAutosave(detail.id, draft, readOnly);
  const queryClient = useQueryClient();
  const documentName = useDocumentNamer();
  const [submitOpen, setSubmitOpen] = useState(false);
  const [conflictHidden, setConflictHidden] = useState(false);
  const [notice, setNotice] = useState('');
  useUnsavedWarning(!readOnly && autosave.status !== 'saved', autosave.saveNow, m.unsavedQuestion);

  async function submit(changeNote: string) {
    if (!(await autosave.saveNow())) {
      throw new ApiError(0, { code: 'DRAFT_NOT_SAVED', message: m.saveFirst, correlationId: '' });
    }
    await submitForReview(detail.id, changeNote);
    setSubmitOpen(false);
    setNotice(m.submitted);
    await queryClient.invalidateQueries({ queryKey: articleKeys.all });
  }

  const conflict = autosave.state.conflict;
  // Keeps the dialog rendered while it closes, so focus can return to where it was.
  const lastConflict = useRef<DraftView | null>(null);
  lastConflict.current = conflict ?? lastConflict.current;
  const resolve = (choice: () => void) => () => {
    choice();
    setConflictHidden(false);
  };
  return (
    <div className="editor-layout">
      <div className="editor-layout__main">
        <div className="editor-bar" role="group" aria-label={m.actionsLabel}>
          {!readOnly && <SaveStatusIndicator status={autosave.status} />}
          {!readOnly && (
            <button type="button" className="button button--primary" onClick={() => setSubmitOpen(true)}>
              {m.submit}
            </button>
          )}
          {detail.publishedVersion !== null && <VerifyButton articleId={detail.id} />}
          <span role="status">{notice}</span>
        </div>
        {autosave.status === 'error' && autosave.state.error instanceof ApiError && (
          <p className="notice notice--error">{autosave.state.error.message}</p>
        )}
        {conflict && conflictHidden && (
          <p className="notice notice--error">
            {m.conflictBanner}{' '}
            <button type="button" className="button button--secondary button--small" onClick={() => setConflictHidden(false)}>
              {m.resolveConflict}
            </button>
          </p>
        )}
        <DraftNotices draft={draft} />
        <DraftForm content={autosave.state.content} onChange={autosave.edit} readOnly={readOnly} resetKey={autosave.state.resetKey} />
      </div>
      <aside className="editor-layout__aside">
        <VersionHistory
          articleId={detail.id}
          canRestore={!readOnly}
          onRestored={(restored, version) => {
            autosave.replace(restored);
            setNotice(m.restored(version));
          }}
        />
      </aside>
      {lastConflict.current && (
        <ConflictDialog
          open={conflict !== null && !conflictHidden}
          mine={autosave.state.content}
          server={lastConflict.current}
          documentName={documentName}
          onKeepMine={resolve(autosave.keepMine)}
          onTakeServer={resolve(autosave.takeServer)}
          onClose={() => setConflictHidden(true)}
        />
      )}
      <SubmitDialog open={submitOpen} onClose={() => setSubmitOpen(false)} onSubmit={submit} />
    </div>
  );
}
