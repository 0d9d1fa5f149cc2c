import { groupContentGaps, type GapSearch } from './content-gap-grouping';

const at = new Date('2026-12-01T10:00:00Z');
const search = (query: string, answered = false, when = at): GapSearch => ({
  query,
  words: query.toLowerCase().split(' '),
  answered,
  at: when,
});
// "beantragen" is in most articles, the rest in none.
const idf = (word: string) => (word === 'beantragen' ? 0.2 : 5);

describe(groupContentGaps.name, () => {
  it('groups by the rare shared word, not by the everyday one', () => {
    const gaps = groupContentGaps(
      [
        search('Wohngeld beantragen'),
        search('Wohngeld beantragen'),
        search('Wohngeld Antrag', true, new Date('2026-12-03T08:00:00Z')),
        search('Elterngeld beantragen'),
      ],
      idf,
      new Set(),
    );
    expect(gaps.map((g) => [g.term, g.searches, g.unanswered])).toEqual([
      ['wohngeld', 3, 2],
      ['elterngeld', 1, 1],
    ]);
    expect(gaps[0].terms).toEqual(['wohngeld', 'beantragen']);
    expect(gaps[0].lastSeen).toBe('2026-12-03T08:00:00.000Z');
    expect(gaps[0].examples).toEqual(['Wohngeld beantragen', 'Wohngeld Antrag']);
  });

  it('never names a group by an ignored word', () => {
    const gaps = groupContentGaps([search('Wohngeld beantragen'), search('Wohngeld Antrag')], idf, new Set(['wohngeld']));
    expect(gaps.map((g) => g.term)).not.toContain('wohngeld');
    expect(gaps.reduce((sum, g) => sum + g.searches, 0)).toBe(2);
  });

  it('skips searches without meaningful words', () => {
    expect(groupContentGaps([{ query: 'und', words: [], answered: false, at }], idf, new Set())).toEqual([]);
  });
});
