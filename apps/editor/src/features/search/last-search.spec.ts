import { lastSearchPath, searchPath } from './last-search';

describe('searchPath', () => {
  it('carries the trimmed query as ?q=', () => {
    expect(searchPath('  Auto ummelden ')).toBe('/?q=Auto+ummelden');
    expect(searchPath('Kfz & Steuer')).toBe('/?q=Kfz+%26+Steuer');
  });

  it('is the bare search page without a query', () => {
    expect(searchPath('   ')).toBe('/');
  });
});

describe('lastSearchPath', () => {
  it('falls back to the bare search page without storage', () => {
    expect(lastSearchPath()).toBe('/');
  });
});
