import { matchesFilter } from './text-match';

describe('matchesFilter', () => {
  it('matches any of the texts, ignoring case and surrounding blanks', () => {
    expect(matchesFilter(' PASS ', 'Personalausweis', 'Reisepass')).toBe(true);
    expect(matchesFilter('übersetzung', 'Beglaubigte Übersetzung')).toBe(true);
    expect(matchesFilter('evb', 'Personalausweis')).toBe(false);
  });

  it('lets an empty filter through', () => {
    expect(matchesFilter('  ', 'egal')).toBe(true);
  });
});
