import { isKeyword, phraseFacts } from './learned-phrase-facts';

describe('phraseFacts', () => {
  it('says how often, by how many agents on how many days and when, in German', () => {
    expect(phraseFacts({ count: 3, agents: 2, days: 2, lastSeen: '2026-03-03T23:30:00Z' })).toEqual([
      '3× genutzt',
      'von 2 Mitarbeitenden an 2 Tagen',
      // 00:30 in Berlin: the office's day, not UTC's.
      'zuletzt 04.03.2026',
    ]);
  });

  it('uses the singular for one day', () => {
    expect(phraseFacts({ count: 1, agents: 1, days: 1, lastSeen: '2026-03-02T09:00:00Z' })).toEqual([
      '1× genutzt',
      'von 1 Mitarbeitenden an 1 Tag',
      'zuletzt 02.03.2026',
    ]);
  });
});

describe('isKeyword', () => {
  it('matches trimmed and in any case, not parts of a keyword', () => {
    expect(isKeyword(['Karre', 'Abmeldung'], 'karre')).toBe(true);
    expect(isKeyword([' karre '], 'Karre')).toBe(true);
    expect(isKeyword(['Schubkarre'], 'karre')).toBe(false);
    expect(isKeyword([], 'karre')).toBe(false);
  });
});
