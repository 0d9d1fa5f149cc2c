import { buildContent, buildDraft } from '../../testing/factories';
import {
  autosaveReducer,
  initialAutosaveState,
  saveStatus,
  withUnsavedInput,
  type AutosaveEvent,
  type AutosaveState,
} from './autosave-state';

function run(state: AutosaveState, ...events: AutosaveEvent[]): AutosaveState {
  return events.reduce(autosaveReducer, state);
}

const start = initialAutosaveState(buildDraft({ revision: 4 }));
const mine = buildContent({ title: 'Meine Fassung' });

describe('autosaveReducer', () => {
  it('starts saved and becomes dirty after an edit', () => {
    expect(saveStatus(start)).toBe('saved');
    expect(saveStatus(run(start, { type: 'edit', content: mine }))).toBe('dirty');
  });

  it('is saving while a save runs and saved with the new revision afterwards', () => {
    const edited = run(start, { type: 'edit', content: mine });
    const saving = run(edited, { type: 'saveStarted', seq: edited.editSeq });
    expect(saveStatus(saving)).toBe('saving');
    const saved = run(saving, { type: 'saveSucceeded', seq: edited.editSeq, draft: buildDraft({ revision: 5 }) });
    expect(saveStatus(saved)).toBe('saved');
    expect(saved.revision).toBe(5);
  });

  it('stays unsaved when the user typed while the save was running', () => {
    const edited = run(start, { type: 'edit', content: mine });
    const seq = edited.editSeq;
    const state = run(
      edited,
      { type: 'saveStarted', seq },
      { type: 'edit', content: buildContent({ title: 'Meine Fassung, weiter' }) },
      { type: 'saveSucceeded', seq, draft: buildDraft({ revision: 5 }) },
    );
    expect(saveStatus(state)).toBe('dirty');
    expect(state.revision).toBe(5);
    expect(state.content.title).toBe('Meine Fassung, weiter');
  });

  it('shows an error after a failed save and keeps the text', () => {
    const state = run(
      start,
      { type: 'edit', content: mine },
      { type: 'saveStarted', seq: 1 },
      { type: 'saveFailed', error: new Error('x') },
    );
    expect(saveStatus(state)).toBe('error');
    expect(state.content).toBe(mine);
  });

  describe('on a conflict', () => {
    const server = buildDraft({ revision: 9, content: buildContent({ title: 'Fassung der Kollegin' }) });
    const conflicted = run(start, { type: 'edit', content: mine }, { type: 'saveStarted', seq: 1 }, { type: 'conflict', current: server });

    it('keeps my text and shows the conflict', () => {
      expect(saveStatus(conflicted)).toBe('conflict');
      expect(conflicted.content).toBe(mine);
      expect(conflicted.conflict).toBe(server);
    });

    it('"keep mine" re-bases my text on the server revision and makes it due for saving', () => {
      const kept = run(conflicted, { type: 'keepMine' });
      expect(kept.revision).toBe(9);
      expect(kept.content).toBe(mine);
      expect(saveStatus(kept)).toBe('dirty');
    });

    it('"take server" replaces my text, is saved and re-mounts uncontrolled editors', () => {
      const taken = run(conflicted, { type: 'takeServer' });
      expect(taken.content.title).toBe('Fassung der Kollegin');
      expect(taken.revision).toBe(9);
      expect(saveStatus(taken)).toBe('saved');
      expect(taken.resetKey).toBe(conflicted.resetKey + 1);
    });
  });

  it('ignores a late save answer for content that was replaced meanwhile', () => {
    const edited = run(start, { type: 'edit', content: mine }, { type: 'saveStarted', seq: 1 });
    const restored = run(edited, { type: 'replaced', draft: buildDraft({ revision: 12 }) });
    const late = run(restored, { type: 'saveSucceeded', seq: 1, draft: buildDraft({ revision: 6 }) });
    expect(late.revision).toBe(12);
    expect(saveStatus(late)).toBe('saved');
  });

  it('is "partial" once saved while the form holds input back', () => {
    expect(saveStatus(start, true)).toBe('partial');
  });
});

describe('withUnsavedInput', () => {
  it("starts from the browser's kept input, unsaved and based on its own revision", () => {
    const restored = withUnsavedInput(start, { revision: 3, content: mine, savedAt: '2026-11-20T10:00:00.000Z' });
    expect(restored.content).toBe(mine);
    expect(restored.revision).toBe(3);
    expect(saveStatus(restored)).toBe('dirty');
  });

  it('ignores kept input equal to the server draft', () => {
    expect(withUnsavedInput(start, { revision: 4, content: { ...start.content }, savedAt: '' })).toBe(start);
    expect(withUnsavedInput(start, null)).toBe(start);
  });
});
