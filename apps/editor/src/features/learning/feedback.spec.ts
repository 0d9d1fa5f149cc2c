import { isHelpfulKey, verdictThanks } from './feedback';
import { learningMessages as m } from './messages';

const key = (k: string, extra: Partial<KeyboardEvent> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  target: null,
  ...extra,
});

describe('"Hat geholfen" by key', () => {
  it('takes h and H without modifiers', () => {
    expect(isHelpfulKey(key('h'))).toBe(true);
    expect(isHelpfulKey(key('H'))).toBe(true);
  });

  it('leaves other keys and shortcuts with modifiers alone', () => {
    for (const other of ['1', 'Enter', '/', 'j']) expect(isHelpfulKey(key(other))).toBe(false);
    expect(isHelpfulKey(key('h', { ctrlKey: true }))).toBe(false);
    expect(isHelpfulKey(key('h', { altKey: true }))).toBe(false);
    expect(isHelpfulKey(key('h', { metaKey: true }))).toBe(false);
  });
});

describe('verdictThanks', () => {
  it('says the search learns only when it does', () => {
    expect(verdictThanks('helpful', 'counted')).toBe(m.thanksLearning);
    expect(verdictThanks('helpful', 'repeated')).toBe(m.thanksLearning);
    expect(verdictThanks('helpful', 'learning_off')).toBe(m.thanks);
    expect(verdictThanks('not_helpful', 'counted')).toBe(m.thanks);
  });
});
