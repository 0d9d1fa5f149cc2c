import type { ArticleSummary, DraftState } from './api-types';
import { DomainError } from './errors';

/*
 * The lifecycle of an article's working copy (draft) and publication, as one pure function.
 * The API loads the state, calls transition(), and persists whatever it returns (one function
 * in the API writes every field of this state); content, versions and audit records are the
 * service's business.
 *
 * | action     | allowed when                                              | result                                                       |
 * |------------|-----------------------------------------------------------|--------------------------------------------------------------|
 * | save       | draft.state = draft, based on the current revision        | revision + 1, actor joins authorIds                          |
 * | submit     | draft.state = draft                                       | in_review with the change note; an old rejection is cleared  |
 * | approve    | draft.state = in_review, actor not in authorIds,          | publishAt > now: scheduled at publishAt, approvedBy = actor; |
 * |            | validUntil (if given) after now and after publishAt       | otherwise published                                          |
 * | reject     | draft.state = in_review or scheduled, comment not blank   | draft.state = draft, publishAt = approvedBy = null, comment  |
 * | publishDue | draft.state = scheduled, publishAt <= now                 | published                                                    |
 * | archive    | not archived, no draft in review or scheduled             | archived (a draft in state draft stays)                      |
 * | openDraft  | no draft, a published version exists (also when archived) | new draft: baseVersion = publishedVersion, authorIds [actor] |
 * | restore    | a published version exists, no draft in review/scheduled, | like openDraft; an existing draft gets revision + 1 (the     |
 * |            | not archived without a draft                              | service replaces its content) and the actor joins authorIds  |
 * | verify     | published and not archived                                | unchanged (the service records when)                         |
 *
 * "published" means: publishedVersion + 1 (1 for the first), draft = null, archived = false,
 * validUntil = the draft's validUntil if it has one, so publishing a draft is also how an
 * archived article comes back. An archived article without a draft allows only openDraft.
 * Errors: NO_OPEN_DRAFT when an action needs a draft and there is none, INVALID_TRANSITION for
 * any other disallowed step, DRAFT_CONFLICT, SELF_APPROVAL_FORBIDDEN, REJECT_COMMENT_REQUIRED,
 * VALID_UNTIL_INVALID, PUBLISH_AT_IN_PAST (more than 60 s ago; a publishAt up to 60 s in the
 * past publishes immediately, so clock skew does not hurt).
 */

/** A publishAt this far in the past still counts as "now". */
export const PUBLISH_AT_TOLERANCE_MS = 60_000;

/** The working copy as the lifecycle sees it: every column of a draft except its content. */
export interface WorkflowDraft {
  state: DraftState;
  revision: number;
  authorIds: string[];
  baseVersion: number | null;
  publishAt: Date | null;
  /** Takes effect for the article when this draft is published. */
  validUntil: Date | null;
  changeNote: string | null;
  submittedBy: string | null;
  rejectionComment: string | null;
  /** The reviewer who approved a scheduled draft; it is published in their name. */
  approvedBy: string | null;
}

/** What the lifecycle needs to know about an article. */
export interface WorkflowState {
  draft: null | WorkflowDraft;
  publishedVersion: number | null;
  archived: boolean;
  /** When the published version stops being shown to agents. */
  validUntil: Date | null;
}

/** A step of the lifecycle, with the acting user (or the time, for the scheduler). */
export type WorkflowAction =
  | { type: 'save'; actorId: string; basedOnRevision: number }
  | { type: 'submit'; actorId: string; changeNote: string }
  | { type: 'approve'; actorId: string; publishAt?: Date; validUntil?: Date; now: Date }
  | { type: 'reject'; actorId: string; comment: string }
  | { type: 'publishDue'; now: Date }
  | { type: 'archive'; actorId: string }
  | { type: 'openDraft'; actorId: string }
  | { type: 'restore'; actorId: string }
  | { type: 'verify'; actorId: string };

/** The name of a lifecycle step. */
export type WorkflowActionType = WorkflowAction['type'];

/** The state of a newly created article: a draft by its creator, nothing published yet. */
export function newArticleWorkflow(actorId: string): WorkflowState {
  return { draft: newDraft(actorId, null), publishedVersion: null, archived: false, validUntil: null };
}

/** Applies one lifecycle step; returns the new state or throws a DomainError (see table above). */
export function transition(state: WorkflowState, action: WorkflowAction): WorkflowState {
  switch (action.type) {
    case 'save':
      return { ...state, draft: save(state, action) };
    case 'submit':
      return { ...state, draft: submit(requireDraft(state, 'draft'), action) };
    case 'approve':
      return approve(state, action);
    case 'reject':
      return reject(state, action.comment);
    case 'publishDue':
      return publishDue(state, action.now);
    case 'archive':
      return archive(state);
    case 'openDraft':
      if (state.draft !== null || state.publishedVersion === null) throw invalidTransition();
      return { ...state, draft: newDraft(action.actorId, state.publishedVersion) };
    case 'restore':
      return restore(state, action.actorId);
    case 'verify':
      if (state.publishedVersion === null || state.archived) {
        throw new DomainError('INVALID_TRANSITION', 'Nur veröffentlichte Artikel können bestätigt werden.');
      }
      return state;
  }
}

function save(state: WorkflowState, action: Extract<WorkflowAction, { type: 'save' }>): WorkflowDraft {
  // A stale edit is a conflict whatever happened to the draft since: the client must reload.
  if (state.draft) checkRevision(state.draft.revision, action.basedOnRevision);
  const draft = requireDraft(state, 'draft');
  return { ...withAuthor(draft, action.actorId), revision: draft.revision + 1 };
}

function submit(draft: WorkflowDraft, action: Extract<WorkflowAction, { type: 'submit' }>): WorkflowDraft {
  return { ...draft, state: 'in_review', changeNote: action.changeNote.trim(), submittedBy: action.actorId, rejectionComment: null };
}

function approve(state: WorkflowState, action: Extract<WorkflowAction, { type: 'approve' }>): WorkflowState {
  const draft = requireDraft(state, 'in_review');
  if (draft.authorIds.includes(action.actorId)) throw new DomainError('SELF_APPROVAL_FORBIDDEN');
  const { publishAt, validUntil, now } = action;
  if (publishAt && publishAt.getTime() < now.getTime() - PUBLISH_AT_TOLERANCE_MS) {
    throw new DomainError('PUBLISH_AT_IN_PAST');
  }
  // An end of validity that is over before the article is shown would publish nothing at all.
  if (validUntil && validUntil.getTime() <= Math.max(now.getTime(), publishAt?.getTime() ?? 0)) {
    throw new DomainError('VALID_UNTIL_INVALID');
  }
  const approved = { ...draft, validUntil: validUntil ?? draft.validUntil };
  if (publishAt && publishAt.getTime() > now.getTime()) {
    return { ...state, draft: { ...approved, state: 'scheduled', publishAt, approvedBy: action.actorId } };
  }
  return publish(state, approved);
}

function reject(state: WorkflowState, comment: string): WorkflowState {
  const draft = requireDraft(state, 'in_review', 'scheduled');
  if (comment.trim() === '') throw new DomainError('REJECT_COMMENT_REQUIRED');
  return { ...state, draft: { ...draft, state: 'draft', publishAt: null, approvedBy: null, rejectionComment: comment.trim() } };
}

function publishDue(state: WorkflowState, now: Date): WorkflowState {
  const draft = requireDraft(state, 'scheduled');
  if (draft.publishAt === null || draft.publishAt.getTime() > now.getTime()) throw invalidTransition();
  return publish(state, draft);
}

function archive(state: WorkflowState): WorkflowState {
  if (state.archived || isLocked(state.draft)) throw invalidTransition();
  return { ...state, archived: true };
}

function restore(state: WorkflowState, actorId: string): WorkflowState {
  if (state.publishedVersion === null || isLocked(state.draft)) throw invalidTransition();
  if (state.draft) return { ...state, draft: { ...withAuthor(state.draft, actorId), revision: state.draft.revision + 1 } };
  if (state.archived) throw invalidTransition();
  return { ...state, draft: newDraft(actorId, state.publishedVersion) };
}

function publish(state: WorkflowState, draft: WorkflowDraft): WorkflowState {
  return {
    draft: null,
    publishedVersion: (state.publishedVersion ?? 0) + 1,
    archived: false,
    validUntil: draft.validUntil ?? state.validUntil,
  };
}

function requireDraft(state: WorkflowState, ...allowed: DraftState[]): WorkflowDraft {
  if (state.draft === null) throw new DomainError('NO_OPEN_DRAFT');
  if (!allowed.includes(state.draft.state)) throw invalidTransition();
  return state.draft;
}

// A draft in review or scheduled is frozen until a reviewer rejects it.
function isLocked(draft: WorkflowDraft | null): boolean {
  return draft !== null && draft.state !== 'draft';
}

function newDraft(actorId: string, baseVersion: number | null): WorkflowDraft {
  return {
    state: 'draft',
    revision: 1,
    authorIds: [actorId],
    baseVersion,
    publishAt: null,
    validUntil: null,
    changeNote: null,
    submittedBy: null,
    rejectionComment: null,
    approvedBy: null,
  };
}

function withAuthor(draft: WorkflowDraft, actorId: string): WorkflowDraft {
  return draft.authorIds.includes(actorId) ? draft : { ...draft, authorIds: [...draft.authorIds, actorId] };
}

function invalidTransition(): DomainError {
  return new DomainError('INVALID_TRANSITION');
}

/**
 * Optimistic locking of the draft: throws DRAFT_CONFLICT with `details.currentRevision` when
 * the client based its edit on another revision than the current one.
 */
export function checkRevision(current: number, based: number): void {
  if (based !== current) throw new DomainError('DRAFT_CONFLICT', undefined, { currentRevision: current });
}

/**
 * The status shown in article lists: archived wins (also while a draft to bring the article
 * back is under way; `draftState` shows that), then the draft's state, then published.
 */
export function articleStatus(state: {
  archived: boolean;
  publishedVersion: number | null;
  draft: Pick<WorkflowDraft, 'state'> | null;
}): ArticleSummary['status'] {
  if (state.archived) return 'archived';
  if (state.draft) return state.draft.state;
  return state.publishedVersion === null ? 'draft' : 'published';
}
