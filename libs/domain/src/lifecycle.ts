import type { ArticleSummary, DraftState } from './api-types';
import { DomainError } from './errors';

/*
 * The lifecycle of an article's working copy (draft) and publication, as one pure function.
 * The API loads the state, calls transition(), and persists the result; content, versions and
 * audit records are the service's business.
 *
 * | action     | allowed when                                              | result                                                       |
 * |------------|-----------------------------------------------------------|--------------------------------------------------------------|
 * | save       | draft.state = draft                                       | actor joins authorIds (revision: see checkRevision)          |
 * | submit     | draft.state = draft                                       | draft.state = in_review                                      |
 * | approve    | draft.state = in_review, actor not in authorIds           | publishAt > now: scheduled at publishAt; otherwise published |
 * | reject     | draft.state = in_review or scheduled, comment not blank   | draft.state = draft, publishAt = null                        |
 * | publishDue | draft.state = scheduled, publishAt <= now                 | published                                                    |
 * | archive    | not archived, no draft in review or scheduled             | archived (a draft in state draft stays)                      |
 * | openDraft  | no draft, a published version exists (also when archived) | new draft: baseVersion = publishedVersion, authorIds [actor] |
 * | restore    | a published version exists, no draft in review/scheduled, | like openDraft; an existing draft is kept (the service       |
 * |            | not archived without a draft                              | replaces its content) and the actor joins authorIds          |
 *
 * "published" means: publishedVersion + 1 (1 for the first), draft = null, archived = false,
 * so publishing a draft is also how an archived article comes back.
 * An archived article without a draft allows only openDraft. Errors: NO_OPEN_DRAFT when an
 * action needs a draft and there is none, INVALID_TRANSITION for any other disallowed step,
 * SELF_APPROVAL_FORBIDDEN, REJECT_COMMENT_REQUIRED, PUBLISH_AT_IN_PAST (more than 60 s ago;
 * a publishAt up to 60 s in the past publishes immediately, so clock skew does not hurt).
 */

/** A publishAt this far in the past still counts as "now". */
export const PUBLISH_AT_TOLERANCE_MS = 60_000;

/** The working copy as the lifecycle sees it. */
export interface WorkflowDraft {
  state: DraftState;
  revision: number;
  authorIds: string[];
  baseVersion: number | null;
  publishAt: Date | null;
}

/** What the lifecycle needs to know about an article. */
export interface WorkflowState {
  draft: null | WorkflowDraft;
  publishedVersion: number | null;
  archived: boolean;
}

/** A step of the lifecycle, with the acting user (or the time, for the scheduler). */
export type WorkflowAction =
  | { type: 'save'; actorId: string }
  | { type: 'submit'; actorId: string }
  | { type: 'approve'; actorId: string; publishAt?: Date; now: Date }
  | { type: 'reject'; actorId: string; comment: string }
  | { type: 'publishDue'; now: Date }
  | { type: 'archive'; actorId: string }
  | { type: 'openDraft'; actorId: string }
  | { type: 'restore'; actorId: string };

/** The name of a lifecycle step. */
export type WorkflowActionType = WorkflowAction['type'];

/** The state of a newly created article: a draft by its creator, nothing published yet. */
export function newArticleWorkflow(actorId: string): WorkflowState {
  return { draft: newDraft(actorId, null), publishedVersion: null, archived: false };
}

/** Applies one lifecycle step; returns the new state or throws a DomainError (see table above). */
export function transition(state: WorkflowState, action: WorkflowAction): WorkflowState {
  switch (action.type) {
    case 'save':
      return { ...state, draft: withAuthor(requireDraft(state, 'draft'), action.actorId) };
    case 'submit':
      return { ...state, draft: { ...requireDraft(state, 'draft'), state: 'in_review' } };
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
  }
}

function approve(state: WorkflowState, action: Extract<WorkflowAction, { type: 'approve' }>): WorkflowState {
  const draft = requireDraft(state, 'in_review');
  if (draft.authorIds.includes(action.actorId)) throw new DomainError('SELF_APPROVAL_FORBIDDEN');
  const { publishAt, now } = action;
  if (publishAt && publishAt.getTime() < now.getTime() - PUBLISH_AT_TOLERANCE_MS) {
    throw new DomainError('PUBLISH_AT_IN_PAST');
  }
  if (publishAt && publishAt.getTime() > now.getTime()) {
    return { ...state, draft: { ...draft, state: 'scheduled', publishAt } };
  }
  return publish(state);
}

function reject(state: WorkflowState, comment: string): WorkflowState {
  const draft = requireDraft(state, 'in_review', 'scheduled');
  if (comment.trim() === '') throw new DomainError('REJECT_COMMENT_REQUIRED');
  return { ...state, draft: { ...draft, state: 'draft', publishAt: null } };
}

function publishDue(state: WorkflowState, now: Date): WorkflowState {
  const draft = requireDraft(state, 'scheduled');
  if (draft.publishAt === null || draft.publishAt.getTime() > now.getTime()) throw invalidTransition();
  return publish(state);
}

function archive(state: WorkflowState): WorkflowState {
  if (state.archived || isLocked(state.draft)) throw invalidTransition();
  return { ...state, archived: true };
}

function restore(state: WorkflowState, actorId: string): WorkflowState {
  if (state.publishedVersion === null || isLocked(state.draft)) throw invalidTransition();
  if (state.draft) return { ...state, draft: withAuthor(state.draft, actorId) };
  if (state.archived) throw invalidTransition();
  return { ...state, draft: newDraft(actorId, state.publishedVersion) };
}

function publish(state: WorkflowState): WorkflowState {
  return { draft: null, publishedVersion: (state.publishedVersion ?? 0) + 1, archived: false };
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
  return { state: 'draft', revision: 1, authorIds: [actorId], baseVersion, publishAt: null };
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
export function articleStatus(state: WorkflowState): ArticleSummary['status'] {
  if (state.archived) return 'archived';
  if (state.draft) return state.draft.state;
  return state.publishedVersion === null ? 'draft' : 'published';
}
