import { DomainError, type ErrorCode } from './errors';
import { transition, type WorkflowAction, type WorkflowActionType, type WorkflowDraft, type WorkflowState } from './lifecycle';

const NOW = new Date('2026-05-04T10:00:00Z');
const LATER = new Date('2026-05-05T06:00:00Z');
const AUTHOR = 'author-1';
const REVIEWER = 'reviewer-1';

const draft = (state: WorkflowDraft['state'], extra: Partial<WorkflowDraft> = {}): WorkflowDraft => ({
  state,
  revision: 4,
  authorIds: [AUTHOR],
  baseVersion: 2,
  publishAt: state === 'scheduled' ? LATER : null,
  ...extra,
});

const STATES = {
  newDraft: {
    draft: draft('draft', { baseVersion: null }),
    publishedVersion: null,
    archived: false,
  },
  newInReview: {
    draft: draft('in_review', { baseVersion: null }),
    publishedVersion: null,
    archived: false,
  },
  draftOfPublished: { draft: draft('draft'), publishedVersion: 2, archived: false },
  inReview: { draft: draft('in_review'), publishedVersion: 2, archived: false },
  scheduled: { draft: draft('scheduled'), publishedVersion: 2, archived: false },
  published: { draft: null, publishedVersion: 2, archived: false },
  archived: { draft: null, publishedVersion: 2, archived: true },
  archivedWithDraft: { draft: draft('draft'), publishedVersion: 2, archived: true },
  archivedInReview: { draft: draft('in_review'), publishedVersion: 2, archived: true },
} satisfies Record<string, WorkflowState>;
type StateName = keyof typeof STATES;

const ACTIONS: Record<WorkflowActionType, WorkflowAction> = {
  save: { type: 'save', actorId: 'author-2' },
  submit: { type: 'submit', actorId: AUTHOR },
  approve: { type: 'approve', actorId: REVIEWER, now: NOW },
  reject: { type: 'reject', actorId: REVIEWER, comment: 'Gebühr fehlt' },
  publishDue: { type: 'publishDue', now: LATER },
  archive: { type: 'archive', actorId: REVIEWER },
  openDraft: { type: 'openDraft', actorId: 'author-2' },
  restore: { type: 'restore', actorId: 'author-2' },
};

type Outcome = ErrorCode | ((state: WorkflowState) => WorkflowState);

const saved = (s: WorkflowState): WorkflowState => ({
  ...s,
  draft: s.draft && { ...s.draft, authorIds: [AUTHOR, 'author-2'] },
});
const withDraftState = (state: WorkflowDraft['state']) => (s: WorkflowState) => ({
  ...s,
  draft: s.draft && { ...s.draft, state, publishAt: null },
});
const publishedAs = (version: number) => (): WorkflowState => ({
  draft: null,
  publishedVersion: version,
  archived: false,
});
const opened = (s: WorkflowState): WorkflowState => ({
  ...s,
  draft: { state: 'draft', revision: 1, authorIds: ['author-2'], baseVersion: 2, publishAt: null },
});
const archivedState = (s: WorkflowState): WorkflowState => ({ ...s, archived: true });

// Every state × every action: the expected new state or the error code.
const MATRIX: Record<StateName, Record<WorkflowActionType, Outcome>> = {
  newDraft: {
    save: saved,
    submit: withDraftState('in_review'),
    approve: 'INVALID_TRANSITION',
    reject: 'INVALID_TRANSITION',
    publishDue: 'INVALID_TRANSITION',
    archive: archivedState,
    openDraft: 'INVALID_TRANSITION',
    restore: 'INVALID_TRANSITION',
  },
  newInReview: {
    save: 'INVALID_TRANSITION',
    submit: 'INVALID_TRANSITION',
    approve: publishedAs(1),
    reject: withDraftState('draft'),
    publishDue: 'INVALID_TRANSITION',
    archive: 'INVALID_TRANSITION',
    openDraft: 'INVALID_TRANSITION',
    restore: 'INVALID_TRANSITION',
  },
  draftOfPublished: {
    save: saved,
    submit: withDraftState('in_review'),
    approve: 'INVALID_TRANSITION',
    reject: 'INVALID_TRANSITION',
    publishDue: 'INVALID_TRANSITION',
    archive: archivedState,
    openDraft: 'INVALID_TRANSITION',
    restore: saved,
  },
  inReview: {
    save: 'INVALID_TRANSITION',
    submit: 'INVALID_TRANSITION',
    approve: publishedAs(3),
    reject: withDraftState('draft'),
    publishDue: 'INVALID_TRANSITION',
    archive: 'INVALID_TRANSITION',
    openDraft: 'INVALID_TRANSITION',
    restore: 'INVALID_TRANSITION',
  },
  scheduled: {
    save: 'INVALID_TRANSITION',
    submit: 'INVALID_TRANSITION',
    approve: 'INVALID_TRANSITION',
    reject: withDraftState('draft'),
    publishDue: publishedAs(3),
    archive: 'INVALID_TRANSITION',
    openDraft: 'INVALID_TRANSITION',
    restore: 'INVALID_TRANSITION',
  },
  published: {
    save: 'NO_OPEN_DRAFT',
    submit: 'NO_OPEN_DRAFT',
    approve: 'NO_OPEN_DRAFT',
    reject: 'NO_OPEN_DRAFT',
    publishDue: 'NO_OPEN_DRAFT',
    archive: archivedState,
    openDraft: opened,
    restore: opened,
  },
  archived: {
    save: 'NO_OPEN_DRAFT',
    submit: 'NO_OPEN_DRAFT',
    approve: 'NO_OPEN_DRAFT',
    reject: 'NO_OPEN_DRAFT',
    publishDue: 'NO_OPEN_DRAFT',
    archive: 'INVALID_TRANSITION',
    openDraft: opened,
    restore: 'INVALID_TRANSITION',
  },
  archivedWithDraft: {
    save: saved,
    submit: withDraftState('in_review'),
    approve: 'INVALID_TRANSITION',
    reject: 'INVALID_TRANSITION',
    publishDue: 'INVALID_TRANSITION',
    archive: 'INVALID_TRANSITION',
    openDraft: 'INVALID_TRANSITION',
    restore: saved,
  },
  archivedInReview: {
    save: 'INVALID_TRANSITION',
    submit: 'INVALID_TRANSITION',
    approve: publishedAs(3),
    reject: withDraftState('draft'),
    publishDue: 'INVALID_TRANSITION',
    archive: 'INVALID_TRANSITION',
    openDraft: 'INVALID_TRANSITION',
    restore: 'INVALID_TRANSITION',
  },
};

function codeOf(run: () => unknown): ErrorCode | 'no error' {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
  return 'no error';
}

const CASES = Object.entries(MATRIX).flatMap(([stateName, row]) =>
  Object.entries(row).map(([actionType, outcome]) => ({
    stateName: stateName as StateName,
    action: ACTIONS[actionType as WorkflowActionType],
    outcome,
  })),
);

describe('transition (every state × every action)', () => {
  it.each(CASES.filter((c) => typeof c.outcome === 'function'))(
    '$stateName --$action.type--> allowed',
    ({ stateName, action, outcome }) => {
      const state = STATES[stateName];
      const before = structuredClone(state);
      expect(typeof outcome === 'function' && transition(state, action)).toEqual(typeof outcome === 'function' && outcome(state));
      expect(state).toEqual(before);
    },
  );

  it.each(CASES.filter((c) => typeof c.outcome === 'string'))('$stateName --$action.type--> $outcome', ({ stateName, action, outcome }) => {
    expect(codeOf(() => transition(STATES[stateName], action))).toBe(outcome);
  });
});
