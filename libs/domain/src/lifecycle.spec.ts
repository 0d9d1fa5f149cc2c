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
  validUntil: null,
  changeNote: state === 'draft' ? null : 'Gebühren ergänzt',
  submittedBy: state === 'draft' ? null : AUTHOR,
  rejectionComment: null,
  approvedBy: state === 'scheduled' ? REVIEWER : null,
  ...extra,
});

const STATES = {
  newDraft: {
    draft: draft('draft', { baseVersion: null }),
    publishedVersion: null,
    archived: false,
    validUntil: null,
  },
  newInReview: {
    draft: draft('in_review', { baseVersion: null }),
    publishedVersion: null,
    archived: false,
    validUntil: null,
  },
  draftOfPublished: { draft: draft('draft'), publishedVersion: 2, archived: false, validUntil: null },
  inReview: { draft: draft('in_review'), publishedVersion: 2, archived: false, validUntil: null },
  scheduled: { draft: draft('scheduled'), publishedVersion: 2, archived: false, validUntil: null },
  published: { draft: null, publishedVersion: 2, archived: false, validUntil: null },
  archived: { draft: null, publishedVersion: 2, archived: true, validUntil: null },
  archivedWithDraft: { draft: draft('draft'), publishedVersion: 2, archived: true, validUntil: null },
  archivedInReview: { draft: draft('in_review'), publishedVersion: 2, archived: true, validUntil: null },
} satisfies Record<string, WorkflowState>;
type StateName = keyof typeof STATES;

const ACTIONS: Record<WorkflowActionType, WorkflowAction> = {
  save: { type: 'save', actorId: 'author-2', basedOnRevision: 4 },
  submit: { type: 'submit', actorId: AUTHOR, changeNote: ' Frist ergänzt ' },
  approve: { type: 'approve', actorId: REVIEWER, now: NOW },
  reject: { type: 'reject', actorId: REVIEWER, comment: 'Gebühr fehlt' },
  publishDue: { type: 'publishDue', now: LATER },
  archive: { type: 'archive', actorId: REVIEWER },
  openDraft: { type: 'openDraft', actorId: 'author-2' },
  restore: { type: 'restore', actorId: 'author-2' },
  verify: { type: 'verify', actorId: REVIEWER },
};

type Outcome = ErrorCode | ((state: WorkflowState) => WorkflowState);

const saved = (s: WorkflowState): WorkflowState => ({
  ...s,
  draft: s.draft && { ...s.draft, revision: 5, authorIds: [AUTHOR, 'author-2'] },
});
const submitted = (s: WorkflowState): WorkflowState => ({
  ...s,
  draft: s.draft && { ...s.draft, state: 'in_review', changeNote: 'Frist ergänzt', submittedBy: AUTHOR },
});
const rejected = (s: WorkflowState): WorkflowState => ({
  ...s,
  draft: s.draft && { ...s.draft, state: 'draft', publishAt: null, approvedBy: null, rejectionComment: 'Gebühr fehlt' },
});
const unchanged = (s: WorkflowState): WorkflowState => s;
const publishedAs = (version: number) => (): WorkflowState => ({
  draft: null,
  publishedVersion: version,
  archived: false,
  validUntil: null,
});
const opened = (s: WorkflowState): WorkflowState => ({
  ...s,
  draft: { ...draft('draft', { revision: 1, authorIds: ['author-2'] }) },
});
const archivedState = (s: WorkflowState): WorkflowState => ({ ...s, archived: true });

// Every state × every action: the expected new state or the error code.
const MATRIX: Record<StateName, Record<WorkflowActionType, Outcome>> = {
  newDraft: {
    save: saved,
    submit: submitted,
    approve: 'INVALID_TRANSITION',
    reject: 'INVALID_TRANSITION',
    publishDue: 'INVALID_TRANSITION',
    archive: archivedState,
    openDraft: 'INVALID_TRANSITION',
    restore: 'INVALID_TRANSITION',
    verify: 'INVALID_TRANSITION',
  },
  newInReview: {
    save: 'INVALID_TRANSITION',
    submit: 'INVALID_TRANSITION',
    approve: publishedAs(1),
    reject: rejected,
    publishDue: 'INVALID_TRANSITION',
    archive: 'INVALID_TRANSITION',
    openDraft: 'INVALID_TRANSITION',
    restore: 'INVALID_TRANSITION',
    verify: 'INVALID_TRANSITION',
  },
  draftOfPublished: {
    save: saved,
    submit: submitted,
    approve: 'INVALID_TRANSITION',
    reject: 'INVALID_TRANSITION',
    publishDue: 'INVALID_TRANSITION',
    archive: archivedState,
    openDraft: 'INVALID_TRANSITION',
    restore: saved,
    verify: unchanged,
  },
  inReview: {
    save: 'INVALID_TRANSITION',
    submit: 'INVALID_TRANSITION',
    approve: publishedAs(3),
    reject: rejected,
    publishDue: 'INVALID_TRANSITION',
    archive: 'INVALID_TRANSITION',
    openDraft: 'INVALID_TRANSITION',
    restore: 'INVALID_TRANSITION',
    verify: unchanged,
  },
  scheduled: {
    save: 'INVALID_TRANSITION',
    submit: 'INVALID_TRANSITION',
    approve: 'INVALID_TRANSITION',
    reject: rejected,
    publishDue: publishedAs(3),
    archive: 'INVALID_TRANSITION',
    openDraft: 'INVALID_TRANSITION',
    restore: 'INVALID_TRANSITION',
    verify: unchanged,
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
    verify: unchanged,
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
    verify: 'INVALID_TRANSITION',
  },
  archivedWithDraft: {
    save: saved,
    submit: submitted,
    approve: 'INVALID_TRANSITION',
    reject: 'INVALID_TRANSITION',
    publishDue: 'INVALID_TRANSITION',
    archive: 'INVALID_TRANSITION',
    openDraft: 'INVALID_TRANSITION',
    restore: saved,
    verify: 'INVALID_TRANSITION',
  },
  archivedInReview: {
    save: 'INVALID_TRANSITION',
    submit: 'INVALID_TRANSITION',
    approve: publishedAs(3),
    reject: rejected,
    publishDue: 'INVALID_TRANSITION',
    archive: 'INVALID_TRANSITION',
    openDraft: 'INVALID_TRANSITION',
    restore: 'INVALID_TRANSITION',
    verify: 'INVALID_TRANSITION',
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
