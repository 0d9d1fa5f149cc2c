import type { ArticleContent, DraftView } from '@bsc/domain';
import { useCallback, useEffect, useReducer, useRef, type Dispatch, type RefObject } from 'react';
import { ApiError, hasErrorCode } from '../../../api/http';
import { getArticle, saveDraft } from '../../articles/api/articles-api';
import {
  autosaveReducer,
  initialAutosaveState,
  saveStatus,
  type AutosaveEvent,
  type AutosaveState,
  type SaveStatus,
} from '../autosave-state';
import { conflictingDraft } from '../draft-conflict';
import { draftPayload } from '../draft-payload';

const AUTOSAVE_DELAY_MS = 1000;
const RETRY_DELAY_MS = 5000;

/** What the editor gets from useAutosave. */
export interface Autosave {
  state: AutosaveState;
  status: SaveStatus;
  edit: (content: ArticleContent) => void;
  /** Saves pending changes now; resolves true when everything is saved. */
  saveNow: () => Promise<boolean>;
  keepMine: () => void;
  takeServer: () => void;
  replace: (draft: DraftView) => void;
}

function isTransient(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 0 || error.status >= 500);
}

// A 409 without a usable draft in `details` still must not lose text: fetch the current draft.
async function currentDraftAfterConflict(articleId: string, error: unknown): Promise<DraftView | null> {
  const fromDetails = conflictingDraft(error);
  if (fromDetails || !hasErrorCode(error, 'DRAFT_CONFLICT')) return fromDetails;
  return (await getArticle(articleId)).draft;
}

// Saves ~1 s after the last edit; retries failures that may heal by themselves after 5 s.
function useAutosaveTimer(state: AutosaveState, status: SaveStatus, readOnly: boolean, saveNow: () => Promise<boolean>) {
  useEffect(() => {
    if (readOnly) return;
    const retryable = status === 'error' && isTransient(state.error);
    if (status !== 'dirty' && !retryable) return;
    const timer = window.setTimeout(() => void saveNow(), retryable ? RETRY_DELAY_MS : AUTOSAVE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [state.editSeq, status, state.error, readOnly, saveNow]);
}

// One save at a time: saveNow waits for a running save, then saves what is still unsaved.
function useSaveRunner(articleId: string, stateRef: RefObject<AutosaveState>, dispatch: Dispatch<AutosaveEvent>) {
  const inFlight = useRef<Promise<boolean> | null>(null);
  const runSave = useCallback(async (): Promise<boolean> => {
    const { editSeq, revision, content } = stateRef.current;
    dispatch({ type: 'saveStarted', seq: editSeq });
    try {
      const saved = await saveDraft(articleId, { revision, content: draftPayload(content) });
      dispatch({ type: 'saveSucceeded', seq: editSeq, draft: saved });
      return stateRef.current.editSeq === editSeq;
    } catch (error) {
      const current = await currentDraftAfterConflict(articleId, error).catch(() => null);
      dispatch(current ? { type: 'conflict', current } : { type: 'saveFailed', error });
      return false;
    }
  }, [articleId, stateRef, dispatch]);

  return useCallback(async (): Promise<boolean> => {
    if (inFlight.current) await inFlight.current;
    const current = stateRef.current;
    if (current.conflict) return false;
    if (current.savedSeq === current.editSeq) return true;
    inFlight.current = runSave().finally(() => {
      inFlight.current = null;
    });
    return inFlight.current;
  }, [runSave, stateRef]);
}

/** Saves the draft ~1 s after the last edit with optimistic locking on `revision`. */
export function useAutosave(articleId: string, draft: DraftView, readOnly: boolean): Autosave {
  const [state, dispatch] = useReducer(autosaveReducer, draft, initialAutosaveState);
  const stateRef = useRef(state);
  stateRef.current = state;
  const status = saveStatus(state);
  const saveNow = useSaveRunner(articleId, stateRef, dispatch);
  useAutosaveTimer(state, status, readOnly, saveNow);

  return {
    state,
    status,
    edit: useCallback((content: ArticleContent) => dispatch({ type: 'edit', content }), []),
    saveNow,
    keepMine: useCallback(() => dispatch({ type: 'keepMine' }), []),
    takeServer: useCallback(() => dispatch({ type: 'takeServer' }), []),
    replace: useCallback((next: DraftView) => dispatch({ type: 'replaced', draft: next }), []),
  };
}
