import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { evaluate, firstRelevantRank, parseEvalQueries, percentile, queriesWithoutKnownAnswer, unansweredShare } from './metrics';
import { readQueryFile } from './query-sets';

const run = (relevant: string[], ranked: string[]) => ({ query: { q: relevant.join(' '), relevant }, ranked });

describe(evaluate.name, () => {
  it('computes hit@1, hit@3 and MRR@10 and lists the misses', () => {
    const report = evaluate([
      run(['a'], ['a', 'x']),
      run(['b', 'c'], ['x', 'c', 'b']),
      run(['d'], ['x', 'y', 'z', 'd']),
      run(['e'], ['x']),
    ]);

    expect(report.queries).toBe(4);
    expect(report.hitAt1).toBe(0.25);
    expect(report.hitAt3).toBe(0.5);
    expect(report.mrrAt10).toBeCloseTo((1 + 1 / 2 + 1 / 4 + 0) / 4);
    expect(report.misses).toEqual([
      { q: 'd', rank: 4, top3: ['x', 'y', 'z'] },
      { q: 'e', rank: null, top3: ['x'] },
    ]);
  });

  it('counts a relevant answer below rank 10 as a miss', () => {
    const ranked = [...'abcdefghij'.split(''), 'k'];
    expect(firstRelevantRank(run(['k'], ranked))).toBeNull();
  });
});

describe(parseEvalQueries.name, () => {
  it('reads the query file and rejects malformed entries', () => {
    expect(parseEvalQueries({ queries: [{ q: 'Perso verloren', relevant: ['1'] }] })).toEqual([{ q: 'Perso verloren', relevant: ['1'] }]);
    expect(() => parseEvalQueries({ queries: [{ q: 'x', relevant: [1.5] }] })).toThrow('Query 1');
    expect(() => parseEvalQueries({ queries: [{ q: 'x', relevant: '1' }] })).toThrow('Query 1');
    expect(() => parseEvalQueries({ queries: [{ relevant: ['1'] }] })).toThrow('Query 1');
    expect(() => parseEvalQueries([])).toThrow();
  });

  it('reads DLDB ids written as numbers as the same ids', () => {
    expect(parseEvalQueries({ queries: [{ q: 'Perso verloren', relevant: [1063441, '10478703'] }] })).toEqual([
      { q: 'Perso verloren', relevant: ['1063441', '10478703'] },
    ]);
  });
});

describe(readQueryFile.name, () => {
  it('reads a file saved with a byte order mark', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'eval-queries-')), 'set.json');
    fs.writeFileSync(file, `\uFEFF${JSON.stringify({ queries: [{ q: 'Wohnung anmelden', relevant: ['1063475'] }] })}`, 'utf8');
    expect(readQueryFile(file)).toEqual([{ q: 'Wohnung anmelden', relevant: ['1063475'] }]);
  });
});

describe(queriesWithoutKnownAnswer.name, () => {
  it('finds the queries none of whose relevant ids the catalogue has', () => {
    const queries = [
      { q: 'Reisepass', relevant: ['1063453'] },
      { q: 'Pass oder Ausweis', relevant: ['999', '1063441'] },
      { q: 'Tippfehler in der Id', relevant: ['106345'] },
      { q: 'ohne Angabe', relevant: [] },
    ];
    expect(queriesWithoutKnownAnswer(queries, new Set(['1063453', '1063441'])).map((query) => query.q)).toEqual([
      'Tippfehler in der Id',
      'ohne Angabe',
    ]);
  });
});

describe(unansweredShare.name, () => {
  it('is the share of searches without an answer', () => {
    expect(unansweredShare([{ answered: false }, { answered: true }, { answered: false }, { answered: false }])).toBe(0.75);
    expect(unansweredShare([])).toBe(0);
  });
});

describe(percentile.name, () => {
  it('takes the nearest rank', () => {
    const samples = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    expect(percentile(samples, 50)).toBe(5);
    expect(percentile(samples, 95)).toBe(10);
    expect(percentile(samples, 0)).toBe(1);
    expect(percentile([], 50)).toBe(0);
  });
});
