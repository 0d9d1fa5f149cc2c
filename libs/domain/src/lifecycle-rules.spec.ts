import { DomainError } from './errors';
import {
  articleStatus,
  checkRevision,
  newArticleWorkflow,
  transition,
  type WorkflowAction,
  type WorkflowDraft,
  type WorkflowState,
} from './lifecycle';

const NOW = new Date('2026-05-04T10:00:00Z');
const seconds = (s: number) => new Date(NOW.getTime() + s * 1000);
const workingCopy = (state: WorkflowDraft['state'], extra: Partial<WorkflowDraft> = {}): WorkflowDraft => ({
  state,
  revision: 1,
  authorIds: ['a1'],
  baseVersion: null,
  publishAt: null,
  validUntil: null,
  changeNote: null,
  submittedBy: null,
  rejectionComment: null,
  approvedBy: null,
  ...extra,
});
const inReview = (authorIds = ['a1']): WorkflowState => ({
  draft: workingCopy('in_review', { revision: 3, authorIds, baseVersion: 1, changeNote: 'Neu', submittedBy: 'a1' }),
  publishedVersion: 1,
  archived: false,
  validUntil: null,
});
const approve = (publishAt?: Date, actorId = 'r1', validUntil?: Date): WorkflowAction => ({
  type: 'approve',
  actorId,
  publishAt,
  validUntil,
  now: NOW,
});
const save = (actorId: string, basedOnRevision: number): WorkflowAction => ({ type: 'save', actorId, basedOnRevision });
const submit = (actorId: string): WorkflowAction => ({ type: 'submit', actorId, changeNote: 'Änderung' });

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
    state = transition(state, save('r1', 1));
    state = transition(state, submit('a1'));
    expect(errorOf(() => transition(state, approve(undefined, 'r1'))).code).toBe('SELF_APPROVAL_FORBIDDEN');
  });
});

describe('scheduled publication', () => {
  it('schedules when publishAt lies in the future and publishes when it is due', () => {
    const scheduled = transition(inReview(), approve(seconds(3600)));
    expect(scheduled.draft).toMatchObject({ state: 'scheduled', publishAt: seconds(3600), approvedBy: 'r1' });
    expect(scheduled.publishedVersion).toBe(1);
    expect(errorOf(() => transition(scheduled, { type: 'publishDue', now: seconds(3599) })).code).toBe('INVALID_TRANSITION');
    expect(transition(scheduled, { type: 'publishDue', now: seconds(3600) })).toEqual({
      draft: null,
      publishedVersion: 2,
      archived: false,
      validUntil: null,
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
      validUntil: null,
    });
  });

  it('rejects a publishAt more than 60 s in the past', () => {
    expect(errorOf(() => transition(inReview(), approve(seconds(-61)))).code).toBe('PUBLISH_AT_IN_PAST');
  });

  it('takes validUntil over when the draft is published, at once or when due', () => {
    expect(transition(inReview(), approve(undefined, 'r1', seconds(60))).validUntil).toEqual(seconds(60));
    const scheduled = transition(inReview(), approve(seconds(60), 'r1', seconds(120)));
    expect(scheduled).toMatchObject({ validUntil: null, draft: { validUntil: seconds(120) } });
    expect(transition(scheduled, { type: 'publishDue', now: seconds(60) }).validUntil).toEqual(seconds(120));
  });

  it.each([
    ['in the past', undefined, seconds(-1)],
    ['exactly now', undefined, seconds(0)],
    ['before publishAt', seconds(3600), seconds(1800)],
    ['at publishAt', seconds(3600), seconds(3600)],
  ])('refuses a validUntil %s with VALID_UNTIL_INVALID', (_name, publishAt, validUntil) => {
    expect(errorOf(() => transition(inReview(), approve(publishAt, 'r1', validUntil))).code).toBe('VALID_UNTIL_INVALID');
  });

  it('checks four-eyes before the publication time', () => {
    expect(errorOf(() => transition(inReview(['r1']), approve(seconds(-3600)))).code).toBe('SELF_APPROVAL_FORBIDDEN');
  });
});

describe('rejection', () => {
  it.each(['', '   ', '\n\t'])('needs a comment (%j is blank)', (comment) => {
    expect(errorOf(() => transition(inReview(), { type: 'reject', actorId: 'r1', comment })).code).toBe('REJECT_COMMENT_REQUIRED');
  });

  it('sends the draft back with the comment and keeps revision, authors and base version', () => {
    const scheduled = transition(inReview(), approve(seconds(3600)));
    const state = transition(scheduled, {
      type: 'reject',
      actorId: 'r1',
      comment: ' Bitte Gebühren ergänzen ',
    });
    expect(state.draft).toEqual(
      workingCopy('draft', {
        revision: 3,
        baseVersion: 1,
        changeNote: 'Neu',
        submittedBy: 'a1',
        rejectionComment: 'Bitte Gebühren ergänzen',
      }),
    );
  });

  it('clears the rejection when the draft is submitted again', () => {
    const rejected = transition(inReview(), { type: 'reject', actorId: 'r1', comment: 'Frist fehlt' });
    expect(transition(rejected, submit('a2')).draft).toMatchObject({
      state: 'in_review',
      changeNote: 'Änderung',
      submittedBy: 'a2',
      rejectionComment: null,
    });
  });
});

describe('save', () => {
  it('adds each author once and counts the revision up', () => {
    let state = newArticleWorkflow('a1');
    state = transition(state, save('a1', 1));
    state = transition(state, save('a2', 2));
    state = transition(state, save('a2', 3));
    expect(state.draft).toMatchObject({ authorIds: ['a1', 'a2'], revision: 4 });
  });

  it('refuses a save based on another revision with DRAFT_CONFLICT', () => {
    const error = errorOf(() => transition(newArticleWorkflow('a1'), save('a2', 2)));
    expect(error.code).toBe('DRAFT_CONFLICT');
    expect(error.details).toEqual({ currentRevision: 1 });
  });
});

describe('a whole life', () => {
  it('goes from creation over corrections, scheduling and archiving back to publication', () => {
    const steps: WorkflowAction[] = [
      submit('a1'),
      approve(),
      { type: 'openDraft', actorId: 'a2' },
      save('a2', 1),
      submit('a2'),
      { type: 'reject', actorId: 'r1', comment: 'Frist fehlt' },
      save('a2', 2),
      submit('a2'),
      approve(seconds(60)),
      { type: 'publishDue', now: seconds(61) },
      { type: 'archive', actorId: 'r1' },
      { type: 'openDraft', actorId: 'a1' },
      submit('a1'),
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
    expect(final).toEqual({ draft: null, publishedVersion: 3, archived: false, validUntil: null });
  });
});

describe('verify', () => {
  it('confirms a published article and changes nothing else', () => {
    const published = transition(inReview(), approve());
    expect(transition(published, { type: 'verify', actorId: 'r1' })).toEqual(published);
  });

  it('refuses an article that is not published or archived', () => {
    expect(errorOf(() => transition(newArticleWorkflow('a1'), { type: 'verify', actorId: 'r1' })).code).toBe('INVALID_TRANSITION');
    const archived = transition(transition(inReview(), approve()), { type: 'archive', actorId: 'r1' });
    expect(errorOf(() => transition(archived, { type: 'verify', actorId: 'r1' })).code).toBe('INVALID_TRANSITION');
  });
});

describe('newArticleWorkflow', () => {
  it('starts with a draft by its creator and nothing published', () => {
    expect(newArticleWorkflow('a1')).toEqual({
      draft: workingCopy('draft'),
      publishedVersion: null,
      archived: false,
      validUntil: null,
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
  const draft = workingCopy;

  it.each([
    ['new draft', { draft: draft('draft'), publishedVersion: null, archived: false, validUntil: null }, 'draft'],
    ['in review', { draft: draft('in_review'), publishedVersion: 1, archived: false, validUntil: null }, 'in_review'],
    ['scheduled', { draft: draft('scheduled'), publishedVersion: 1, archived: false, validUntil: null }, 'scheduled'],
    ['published', { draft: null, publishedVersion: 1, archived: false, validUntil: null }, 'published'],
    ['published with a draft', { draft: draft('draft'), publishedVersion: 1, archived: false, validUntil: null }, 'draft'],
    ['archived', { draft: null, publishedVersion: 1, archived: true, validUntil: null }, 'archived'],
    ['archived, comeback in review', { draft: draft('in_review'), publishedVersion: 1, archived: true, validUntil: null }, 'archived'],
  ] satisfies [string, WorkflowState, string][])('%s → %s', (_name, state, status) => {
    expect(articleStatus(state)).toBe(status);
  });
});
