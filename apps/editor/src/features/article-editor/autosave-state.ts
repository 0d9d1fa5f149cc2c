// The autosave state machine, kept pure so its guarantees are unit-tested: a save result never
// marks newer edits as saved, a conflict stops autosave until the user decides, and neither
// side of a conflict is dropped without an explicit choice.
import { canonicalJson, type ArticleContent, type DraftView } from '@bsc/domain';
import type { UnsavedDraft } from './unsaved-draft-store';

/**
 * What the user sees: Gespeichert / Nicht gespeichert / Speichert … / Fehler / Konflikt, and
 * "Teilweise gespeichert" while an invalid field is held back and the rest is saved.
 */
export type SaveStatus = 'saved' | 'partial' | 'dirty' | 'saving' | 'error' | 'conflict';

/** State of the local working copy of a draft. */
export interface AutosaveState {
  content: ArticleContent;
  /** Server revision the local content is based on (sent with the next save). */
  revision: number;
  /** Counts local edits. */
  editSeq: number;
  /** editSeq of the content the server confirmed last. */
  savedSeq: number;
  /** editSeq being saved right now, or null. */
  savingSeq: number | null;
  error: unknown;
  /** The server's current draft after a 409 DRAFT_CONFLICT. */
  conflict: DraftView | null;
  /** Changes when content is replaced from outside, so uncontrolled editors re-mount. */
  resetKey: number;
}

/** Events of the autosave state machine. */
export type AutosaveEvent =
  | { type: 'edit'; content: ArticleContent }
  | { type: 'saveStarted'; seq: number }
  | { type: 'saveSucceeded'; seq: number; draft: DraftView }
  | { type: 'saveFailed'; error: unknown }
  | { type: 'conflict'; current: DraftView }
  | { type: 'keepMine' }
  | { type: 'takeServer' }
  | { type: 'replaced'; draft: DraftView };

/** Initial state from the draft the page loaded. */
export function initialAutosaveState(draft: DraftView): AutosaveState {
  return {
    content: draft.content,
    revision: draft.revision,
    editSeq: 0,
    savedSeq: 0,
    savingSeq: null,
    error: null,
    conflict: null,
    resetKey: 0,
  };
}

/**
 * The state with the input the browser kept from an earlier visit, when it differs from the
 * server's draft: unsaved and based on the revision it was typed on, so the next autosave sends it
 * (and a newer server draft meets it in the conflict dialog instead of being overwritten).
 */
export function withUnsavedInput(state: AutosaveState, unsaved: UnsavedDraft | null): AutosaveState {
  if (!unsaved || canonicalJson(unsaved.content) === canonicalJson(state.content)) return state;
  return { ...state, content: unsaved.content, revision: unsaved.revision, editSeq: state.editSeq + 1 };
}

/** The status shown to the user; `heldBack`: the form holds input the autosave does not send. */
export function saveStatus(state: AutosaveState, heldBack = false): SaveStatus {
  if (state.conflict) return 'conflict';
  if (state.savingSeq !== null) return 'saving';
  if (state.savedSeq === state.editSeq) return heldBack ? 'partial' : 'saved';
  return state.error ? 'error' : 'dirty';
}

function replaceContent(state: AutosaveState, draft: DraftView): AutosaveState {
  const seq = state.editSeq + 1;
  return {
    ...state,
    content: draft.content,
    revision: draft.revision,
    editSeq: seq,
    savedSeq: seq,
    savingSeq: null,
    error: null,
    conflict: null,
    resetKey: state.resetKey + 1,
  };
}

/** Applies one event. */
export function autosaveReducer(state: AutosaveState, event: AutosaveEvent): AutosaveState {
  switch (event.type) {
    case 'edit':
      return { ...state, content: event.content, editSeq: state.editSeq + 1 };
    case 'saveStarted':
      return { ...state, savingSeq: event.seq };
    case 'saveSucceeded':
      // A late answer for content that was replaced meanwhile must not move the revision back.
      if (event.seq < state.savedSeq) return { ...state, savingSeq: null };
      return { ...state, revision: event.draft.revision, savedSeq: event.seq, savingSeq: null, error: null };
    case 'saveFailed':
      return { ...state, savingSeq: null, error: event.error };
    case 'conflict':
      return { ...state, savingSeq: null, conflict: event.current };
    case 'keepMine':
      // Mine goes on top of the server's current revision: one more edit makes it due for saving.
      if (!state.conflict) return state;
      return { ...state, revision: state.conflict.revision, conflict: null, error: null, editSeq: state.editSeq + 1 };
    case 'takeServer':
      return state.conflict ? replaceContent(state, state.conflict) : state;
    case 'replaced':
      return replaceContent(state, event.draft);
  }
}
