import type { ArticleDetail, DraftView } from '@bsc/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError } from '../../../api/http';
import { articleKeys, submitForReview } from '../../articles/api/articles-api';
import { useAutosave, type Autosave } from '../hooks/use-autosave';
import { useConflictResolution } from '../hooks/use-conflict-resolution';
import { useUnsavedWarning } from '../hooks/use-unsaved-warning';
import { editorMessages as m } from '../messages';
import { ConflictDialog } from './conflict-dialog';
import { DraftForm } from './draft-form';
import { DraftNotices } from './draft-notices';
import { ConflictBanner, EditorBar } from './editor-bar';
import { SubmitDialog } from './submit-dialog';
import { VersionHistory } from './version-history';

function useSubmit(articleId: string, saveNow: () => Promise<boolean>, done: () => void) {
  const queryClient = useQueryClient();
  return async (changeNote: string) => {
    if (!(await saveNow())) {
      throw new ApiError(0, { code: 'DRAFT_NOT_SAVED', message: m.saveFirst, correlationId: '' });
    }
    await submitForReview(articleId, changeNote);
    done();
    await queryClient.invalidateQueries({ queryKey: articleKeys.all });
  };
}

function SaveProblems({ autosave, conflict }: { autosave: Autosave; conflict: ReturnType<typeof useConflictResolution> }) {
  const error = autosave.status === 'error' && autosave.state.error instanceof ApiError ? autosave.state.error.message : null;
  return (
    <>
      {error && <p className="notice notice--error">{error}</p>}
      {conflict.showBanner && <ConflictBanner onResolve={conflict.show} />}
    </>
  );
}

// Submit dialog state and the notice line of the editor bar.
function useDraftActions(articleId: string, autosave: Autosave) {
  const [submitOpen, setSubmitOpen] = useState(false);
  const [notice, setNotice] = useState('');
  const submit = useSubmit(articleId, autosave.saveNow, () => {
    setSubmitOpen(false);
    setNotice(m.submitted);
  });
  function restored(draftView: DraftView, version: number) {
    autosave.replace(draftView);
    setNotice(m.restored(version));
  }
  return { submitOpen, setSubmitOpen, notice, submit, restored };
}

/** The editable draft: form with autosave, conflict handling, submit and version history. */
export function DraftEditor({ detail, draft }: { detail: ArticleDetail; draft: DraftView }) {
  const readOnly = draft.state !== 'draft';
  const autosave = useAutosave(detail.id, draft, readOnly);
  const conflict = useConflictResolution(autosave);
  const { submitOpen, setSubmitOpen, notice, submit, restored } = useDraftActions(detail.id, autosave);
  useUnsavedWarning(!readOnly && autosave.status !== 'saved', autosave.saveNow, m.unsavedQuestion);
  return (
    <div className="editor-layout">
      <div className="editor-layout__main">
        <EditorBar detail={detail} readOnly={readOnly} status={autosave.status} notice={notice} onSubmit={() => setSubmitOpen(true)} />
        <SaveProblems autosave={autosave} conflict={conflict} />
        <DraftNotices draft={draft} />
        <DraftForm content={autosave.state.content} onChange={autosave.edit} readOnly={readOnly} resetKey={autosave.state.resetKey} />
      </div>
      <aside className="editor-layout__aside">
        <VersionHistory articleId={detail.id} canRestore={!readOnly} onRestored={restored} />
      </aside>
      {conflict.server && (
        <ConflictDialog
          open={conflict.open}
          mine={autosave.state.content}
          server={conflict.server}
          documentName={conflict.documentName}
          onKeepMine={conflict.keepMine}
          onTakeServer={conflict.takeServer}
          onClose={conflict.hide}
        />
      )}
      <SubmitDialog open={submitOpen} onClose={() => setSubmitOpen(false)} onSubmit={submit} />
    </div>
  );
}
