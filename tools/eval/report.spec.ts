import { fileGates } from './acceptance';
import { gateLines, qualityLines } from './report';

describe(qualityLines.name, () => {
  it('prints a query file in the line format the independent sets are read with', () => {
    const report = { queries: 4, hitAt1: 0.5, hitAt3: 0.75, mrrAt10: 0.6875, misses: [{ q: 'Wohngeld', rank: null, top3: ['1', '2'] }] };
    const set = { name: 'set1.json', source: 'set1.json', answerable: true };
    expect(qualityLines(set, report, 0, fileGates('set1.json'))).toEqual([
      'Suchqualität: 4 Anfragen aus set1.json',
      '  hit@1   0.500',
      '  hit@3   0.750   (Schwelle 0.95)',
      '  MRR@10  0.688   (Schwelle 0.9)',
      '  Fehltreffer: "Wohngeld" → nicht in den Top 10; Top 3: 1, 2',
    ]);
  });
});

describe(`${qualityLines.name} with the runs`, () => {
  it('names the answerable queries the search left unanswered, without touching the figure lines', () => {
    const report = { queries: 2, hitAt1: 1, hitAt3: 1, mrrAt10: 1, misses: [] };
    const set = { name: 'dev', source: 'dev.json', answerable: true };
    const run = (q: string, answered: boolean) => ({
      query: { q, relevant: ['1'] },
      ranked: ['1'],
      answered,
      firstTitle: 'Meldebescheinigung',
      ms: 1,
      cut: false,
    });
    expect(qualityLines(set, report, 0, [], [run('Meldebestätigung', true), run('Haushaltsbescheinigung', false)])).toEqual([
      'Suchqualität: 2 Anfragen aus dev.json',
      '  hit@1   1.000',
      '  hit@3   1.000',
      '  MRR@10  1.000',
      '  unbeantwortet: "Haushaltsbescheinigung" (erster Treffer „Meldebescheinigung“)',
    ]);
  });
});

describe(gateLines.name, () => {
  const results = [
    { set: 'dev', metric: 'hitAt3' as const, bound: 'min' as const, threshold: 0.95, value: 1, passed: true },
    { set: 'typo', metric: 'hitAt3' as const, bound: 'min' as const, threshold: 0.9, value: 0.5, passed: false },
  ];

  it('lists every criterion and says whether the run fails', () => {
    expect(gateLines(results, true)).toEqual([
      'Abnahmekriterien:',
      '  erfüllt   dev hit@3 1.000 ≥ 0.95',
      '  VERFEHLT  typo hit@3 0.500 ≥ 0.9',
      'Ergebnis: 1 von 2 Kriterien verfehlt – exit 1',
    ]);
    expect(gateLines(results, false).at(-1)).toBe('Ergebnis: 1 von 2 Kriterien verfehlt – nur Bericht (--no-gate), exit 0');
  });
});
