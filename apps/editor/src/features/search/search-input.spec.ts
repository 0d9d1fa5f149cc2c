import { isSearchShortcut } from './hooks/use-search-hotkeys';
import { normaliseQuery } from './hooks/use-search';

const key = (key: string, extra: Partial<KeyboardEvent> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  target: null,
  ...extra,
});

describe('normaliseQuery', () => {
  it('trims, collapses whitespace and lower-cases', () => {
    expect(normaliseQuery('  Auto   UMMELDEN ')).toBe('auto ummelden');
  });
});

describe('isSearchShortcut', () => {
  it('accepts "/" and Ctrl/Cmd+K', () => {
    expect(isSearchShortcut(key('/'))).toBe(true);
    expect(isSearchShortcut(key('k', { ctrlKey: true }))).toBe(true);
    expect(isSearchShortcut(key('K', { metaKey: true }))).toBe(true);
  });

  it('ignores other keys and modified slashes', () => {
    expect(isSearchShortcut(key('k'))).toBe(false);
    expect(isSearchShortcut(key('/', { ctrlKey: true }))).toBe(false);
    expect(isSearchShortcut(key('k', { ctrlKey: true, altKey: true }))).toBe(false);
  });
});
