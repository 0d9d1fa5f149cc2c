import { ErrorCodes, type ArticleDetail, type DraftView } from '@bsc/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useRef, useState } from 'react';
import { ApiError } from '../../../api/http';
import { useCurrentUser } from '../../../app/auth-context';
import { formatDateTime } from '../../../ui/format-date';
import { articleKeys, submitForReview } from '../../articles/api/articles-api';
import { adoptPhrase } from '../../learning/api/learning-api';
import { LearnedPhrases, type LearnedNoticeState } from '../../learning/components/learned-phrases';
import { learningMessages } from '../../learning/messages';
import { addKeywords } from '../keyword-list';
import { draftProblems } from '../draft-payload';
import { fieldErrors, refusedFields } from '../field-errors';
import { useAutosave, type Autosave } from '../hooks/use-autosave';
import { browserDraftStore } from '../unsaved-draft-store';
import { useConflictResolution } from '../hooks/use-conflict-resolution';
import { useUnsavedWarning } from '../hooks/use-unsaved-warning';
import { editorMessages as m } from '../messages';
import { ConflictDialog } from './conflict-dialog';
import { DraftForm } from './draft-form';
import { DraftNotices } from './draft-notices';
import { ConflictBanner, EditorBar } from './editor-bar';
import { SubmitDialog } from './submit-dialog';
import { VersionHistory } from './version-history';

function useSubmit(articleId: string, autosave: Autosave, done: () => void) {
  const queryClient = useQueryClient();
  return async (changeNote: string) => {
    // Held-back or incomplete fields: the server's copy could pass without them, so ask here
    // with the same rule and the same answer the API gives.
    const problems = draftProblems(autosave.state.content);
    if (problems.length > 0) {
      const body = {
        code: 'DRAFT_INCOMPLETE',
        message: ErrorCodes.DRAFT_INCOMPLETE.message,
        correlationId: '',
        details: { fields: problems },
      };
      throw new ApiError(400, body);
    }
    if (!(await autosave.saveNow())) {
      throw new ApiError(0, { code: 'DRAFT_NOT_SAVED', message: m.saveFirst, correlationId: '' });
    }
    await submitForReview(articleId, changeNote);
    done();
    await queryClient.invalidateQueries({ queryKey: articleKeys.all });
  };
}

function saveErrorText(autosave: Autosave): string | null {
  const error = autosave.state.error;
  if (autosave.status !== 'error' || !(error instanceof ApiError)) return null;
  return refusedFields(error).length > 0 ? m.fieldsRefused : error.message;
}

function SaveProblems({ autosave, conflict }: { autosave: Autosave; conflict: ReturnType<typeof useConflictResolution> }) {
  const error = saveErrorText(autosave);
  return (
    <>
      {autosave.restored && <p className="notice notice--info">{m.restoredUnsaved(formatDateTime(autosave.restored.savedAt))}</p>}
      {error && <p className="notice notice--error">{error}</p>}
      {conflict.showBanner && <ConflictBanner onResolve={conflict.show} />}
    </>
  );
}

// Submit dialog state and the notice line of the editor bar.
function useDraftActions(articleId: string, autosave: Autosave) {
  const [submitOpen, setSubmitOpen] = useState(false);
  const [notice, setNotice] = useState('');
  const submit = useSubmit(articleId, autosave, () => {
    setSubmitOpen(false);
    setNotice(m.submitted);
  });
  function restored(draftView: DraftView, version: number) {
    autosave.replace(draftView);
    setNotice(m.restored(version));
  }
  return { submitOpen, setSubmitOpen, notice, submit, restored };
}

/**
 * Adopting a learned phrase changes the draft on the server; the form then shows the server's
 * draft. It is offered only while everything is saved (adoptBlockedBy), so replacing the working
 * copy loses nothing. Should the author type while the request runs, the keyword is added to the
 * working copy instead: its next save meets the newer revision in the conflict dialog, both kept.
 */
function useAdoptPhrase(articleId: string, autosave: Autosave, readOnly: boolean) {
  const queryClient = useQueryClient();
  const latest = useRef(autosave);
  latest.current = autosave;
  const onAdopt = useCallback(
    async (phrase: string) => {
      const editSeq = latest.current.state.editSeq;
      const draft = await adoptPhrase(articleId, phrase);
      const now = latest.current;
      if (now.state.editSeq === editSeq) now.replace(draft);
      else now.edit({ ...now.state.content, keywords: addKeywords(now.state.content.keywords, phrase) });
      void queryClient.invalidateQueries({ queryKey: articleKeys.detail(articleId) });
    },
    [articleId, queryClient],
  );
  let adoptBlockedBy: string | null = null;
  if (readOnly) adoptBlockedBy = learningMessages.notEditable;
  else if (autosave.status !== 'saved') adoptBlockedBy = learningMessages.saveFirst;
  return { onAdopt, adoptBlockedBy };
}

/** The editable draft: form with autosave, conflict handling, submit and version history. */
export function DraftEditor({ detail, draft, learned }: { detail: ArticleDetail; draft: DraftView; learned: LearnedNoticeState }) {
  const readOnly = draft.state !== 'draft';
  const user = useCurrentUser();
  const store = useMemo(() => browserDraftStore(user.id), [user.id]);
  const autosave = useAutosave(detail.id, draft, readOnly, store);
  const errors = useMemo(
    () => (readOnly ? {} : fieldErrors(draftProblems(autosave.state.content), autosave.state.error)),
    [readOnly, autosave.state.content, autosave.state.error],
  );
  const conflict = useConflictResolution(autosave);
  const { submitOpen, setSubmitOpen, notice, submit, restored } = useDraftActions(detail.id, autosave);
  useUnsavedWarning(!readOnly && autosave.status !== 'saved', autosave.saveNow, m.unsavedQuestion);
  const { onAdopt, adoptBlockedBy } = useAdoptPhrase(detail.id, autosave, readOnly);
  return (
    <div className="editor-layout">
      <div className="editor-layout__main">
        <EditorBar detail={detail} readOnly={readOnly} status={autosave.status} notice={notice} onSubmit={() => setSubmitOpen(true)} />
        <SaveProblems autosave={autosave} conflict={conflict} />
        <DraftNotices draft={draft} />
        <DraftForm
          content={autosave.state.content}
          onChange={autosave.edit}
          readOnly={readOnly}
          resetKey={autosave.state.resetKey}
          errors={errors}
        />
      </div>
      <aside className="editor-layout__aside">
        <LearnedPhrases
          articleId={detail.id}
          keywords={autosave.state.content.keywords}
          adoptBlockedBy={adoptBlockedBy}
          onAdopt={onAdopt}
          {...learned}
        />
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
