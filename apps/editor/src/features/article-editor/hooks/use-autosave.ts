import type { ArticleContent, DraftView } from '@bsc/domain';
import { useCallback, useEffect, useReducer, useRef, useState, type Dispatch, type RefObject } from 'react';
import { ApiError, hasErrorCode } from '../../../api/http';
import { getArticle, saveDraft } from '../../articles/api/articles-api';
import {
  autosaveReducer,
  initialAutosaveState,
  saveStatus,
  type AutosaveEvent,
  type AutosaveState,
  type SaveStatus,
  withUnsavedInput,
} from '../autosave-state';
import { conflictingDraft } from '../draft-conflict';
import { draftPayload, holdsBackInput } from '../draft-payload';
import type { UnsavedDraft, unsavedDraftStore } from '../unsaved-draft-store';

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
  /** The browser's kept input this editor started from, or null. */
  restored: UnsavedDraft | null;
}

/** Where the editor keeps unsaved input (the browser's localStorage in the app). */
export type DraftStore = ReturnType<typeof unsavedDraftStore>;

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

// Keeps the input in the browser until the server has all of it (saved, nothing held back, no
// open conflict), so a reload, a crash or an expired session does not lose it.
function useKeptInput(articleId: string, state: AutosaveState, readOnly: boolean, store: DraftStore): void {
  const { content, revision, conflict } = state;
  const acknowledged = state.savedSeq === state.editSeq && !conflict && !holdsBackInput(content);
  useEffect(() => {
    if (readOnly) return;
    if (acknowledged) store.forget(articleId);
    else store.write(articleId, { revision, content, savedAt: new Date().toISOString() });
  }, [articleId, content, revision, acknowledged, readOnly, store]);
}

/**
 * Saves the draft ~1 s after the last edit with optimistic locking on `revision`. Starts from
 * the input the browser kept, when there is some that the server does not have.
 */
export function useAutosave(articleId: string, draft: DraftView, readOnly: boolean, store: DraftStore): Autosave {
  const [start] = useState(() => {
    const kept = readOnly ? null : store.read(articleId);
    const initial = withUnsavedInput(initialAutosaveState(draft), kept);
    return { initial, restored: initial.editSeq > 0 ? kept : null };
  });
  const [state, dispatch] = useReducer(autosaveReducer, start.initial);
  const stateRef = useRef(state);
  stateRef.current = state;
  const status = saveStatus(state, holdsBackInput(state.content));
  const saveNow = useSaveRunner(articleId, stateRef, dispatch);
  useAutosaveTimer(state, status, readOnly, saveNow);
  useKeptInput(articleId, state, readOnly, store);

  return {
    state,
    status,
    edit: useCallback((content: ArticleContent) => dispatch({ type: 'edit', content }), []),
    saveNow,
    keepMine: useCallback(() => dispatch({ type: 'keepMine' }), []),
    takeServer: useCallback(() => dispatch({ type: 'takeServer' }), []),
    replace: useCallback((next: DraftView) => dispatch({ type: 'replaced', draft: next }), []),
    restored: start.restored,
  };
}
