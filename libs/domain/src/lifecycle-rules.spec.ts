import { DomainError } from './errors';
import { articleStatus, checkRevision, newArticleWorkflow, transition, type WorkflowAction, type WorkflowState } from './lifecycle';

const NOW = new Date('2026-05-04T10:00:00Z');
const seconds = (s: number) => new Date(NOW.getTime() + s * 1000);
const inReview = (authorIds = ['a1']): WorkflowState => ({
  draft: { state: 'in_review', revision: 3, authorIds, baseVersion: 1, publishAt: null },
  publishedVersion: 1,
  archived: false,
});
const approve = (publishAt?: Date, actorId = 'r1'): WorkflowAction => ({
  type: 'approve',
  actorId,
  publishAt,
  now: NOW,
});

function errorOf(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('four-eyes approval', () => {
  it('forbids approving a draft one has written, also as co-author', () => {
    expect(errorOf(() => transition(inReview(['a1', 'r1']), approve())).code).toBe('SELF_APPROVAL_FORBIDDEN');
    expect(transition(inReview(['a1']), approve()).publishedVersion).toBe(2);
  });

  it('makes a reviewer who edits a draft one of its authors', () => {
    let state = newArticleWorkflow('a1');
    state = transition(state, { type: 'save', actorId: 'r1' });
    state = transition(state, { type: 'submit', actorId: 'a1' });
    expect(errorOf(() => transition(state, approve(undefined, 'r1'))).code).toBe('SELF_APPROVAL_FORBIDDEN');
  });
});

describe('scheduled publication', () => {
  it('schedules when publishAt lies in the future and publishes when it is due', () => {
    const scheduled = transition(inReview(), approve(seconds(3600)));
    expect(scheduled.draft).toMatchObject({ state: 'scheduled', publishAt: seconds(3600) });
    expect(scheduled.publishedVersion).toBe(1);
    expect(errorOf(() => transition(scheduled, { type: 'publishDue', now: seconds(3599) })).code).toBe('INVALID_TRANSITION');
    expect(transition(scheduled, { type: 'publishDue', now: seconds(3600) })).toEqual({
      draft: null,
      publishedVersion: 2,
      archived: false,
    });
  });

  it.each([
    ['exactly now', 0],
    ['30 s ago', -30],
    ['60 s ago', -60],
  ])('publishes immediately when publishAt is %s', (_name, offset) => {
    expect(transition(inReview(), approve(seconds(offset)))).toEqual({
      draft: null,
      publishedVersion: 2,
      archived: false,
    });
  });

  it('rejects a publishAt more than 60 s in the past', () => {
    expect(errorOf(() => transition(inReview(), approve(seconds(-61)))).code).toBe('PUBLISH_AT_IN_PAST');
  });

  it('checks four-eyes before the publication time', () => {
    expect(errorOf(() => transition(inReview(['r1']), approve(seconds(-3600)))).code).toBe('SELF_APPROVAL_FORBIDDEN');
  });
});

describe('rejection', () => {
  it.each(['', '   ', '\n\t'])('needs a comment (%j is blank)', (comment) => {
    expect(errorOf(() => transition(inReview(), { type: 'reject', actorId: 'r1', comment })).code).toBe('REJECT_COMMENT_REQUIRED');
  });

  it('sends the draft back and keeps revision, authors and base version', () => {
    const state = transition(inReview(), {
      type: 'reject',
      actorId: 'r1',
      comment: 'Bitte Gebühren ergänzen',
    });
    expect(state.draft).toEqual({
      state: 'draft',
      revision: 3,
      authorIds: ['a1'],
      baseVersion: 1,
      publishAt: null,
    });
  });
});

describe('save', () => {
  it('adds each author once and leaves the revision alone', () => {
    let state = newArticleWorkflow('a1');
    state = transition(state, { type: 'save', actorId: 'a1' });
    state = transition(state, { type: 'save', actorId: 'a2' });
    state = transition(state, { type: 'save', actorId: 'a2' });
    expect(state.draft).toMatchObject({ authorIds: ['a1', 'a2'], revision: 1 });
  });
});

describe('a whole life', () => {
  it('goes from creation over corrections, scheduling and archiving back to publication', () => {
    const steps: WorkflowAction[] = [
      { type: 'submit', actorId: 'a1' },
      approve(),
      { type: 'openDraft', actorId: 'a2' },
      { type: 'save', actorId: 'a2' },
      { type: 'submit', actorId: 'a2' },
      { type: 'reject', actorId: 'r1', comment: 'Frist fehlt' },
      { type: 'save', actorId: 'a2' },
      { type: 'submit', actorId: 'a2' },
      approve(seconds(60)),
      { type: 'publishDue', now: seconds(61) },
      { type: 'archive', actorId: 'r1' },
      { type: 'openDraft', actorId: 'a1' },
      { type: 'submit', actorId: 'a1' },
      approve(),
    ];
    const statuses: string[] = [];
    const final = steps.reduce((state, action) => {
      const next = transition(state, action);
      statuses.push(articleStatus(next));
      return next;
    }, newArticleWorkflow('a1'));
    expect(statuses).toEqual([
      'in_review',
      'published',
      'draft',
      'draft',
      'in_review',
      'draft',
      'draft',
      'in_review',
      'scheduled',
      'published',
      'archived',
      'archived',
      'archived',
      'published',
    ]);
    expect(final).toEqual({ draft: null, publishedVersion: 3, archived: false });
  });
});

describe('newArticleWorkflow', () => {
  it('starts with a draft by its creator and nothing published', () => {
    expect(newArticleWorkflow('a1')).toEqual({
      draft: { state: 'draft', revision: 1, authorIds: ['a1'], baseVersion: null, publishAt: null },
      publishedVersion: null,
      archived: false,
    });
  });
});

describe('checkRevision', () => {
  it('passes for the current revision', () => {
    expect(() => checkRevision(5, 5)).not.toThrow();
  });

  it.each([4, 6])('throws DRAFT_CONFLICT with the current revision when based on %i', (based) => {
    const error = errorOf(() => checkRevision(5, based));
    expect(error.code).toBe('DRAFT_CONFLICT');
    expect(error.details).toEqual({ currentRevision: 5 });
  });
});

describe('articleStatus', () => {
  const draft = (state: 'draft' | 'in_review' | 'scheduled') => ({
    state,
    revision: 1,
    authorIds: ['a1'],
    baseVersion: null,
    publishAt: null,
  });

  it.each([
    ['new draft', { draft: draft('draft'), publishedVersion: null, archived: false }, 'draft'],
    ['in review', { draft: draft('in_review'), publishedVersion: 1, archived: false }, 'in_review'],
    ['scheduled', { draft: draft('scheduled'), publishedVersion: 1, archived: false }, 'scheduled'],
    ['published', { draft: null, publishedVersion: 1, archived: false }, 'published'],
    ['published with a draft', { draft: draft('draft'), publishedVersion: 1, archived: false }, 'draft'],
    ['archived', { draft: null, publishedVersion: 1, archived: true }, 'archived'],
    ['archived, comeback in review', { draft: draft('in_review'), publishedVersion: 1, archived: true }, 'archived'],
  ] satisfies [string, WorkflowState, string][])('%s → %s', (_name, state, status) => {
    expect(articleStatus(state)).toBe(status);
  });
});
