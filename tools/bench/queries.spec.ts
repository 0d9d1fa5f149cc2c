import { describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchQueries } from './queries';

function devQueries(queries: string[]): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bench-queries-')), 'dev-queries.json');
  fs.writeFileSync(file, JSON.stringify({ queries: queries.map((q) => ({ q, relevant: ['1'] })) }));
  return file;
}

describe(benchQueries.name, () => {
  it('adds one variation per dev query: lower case, a typo, half typed, spoken', () => {
    const originals = [
      'Personalausweis beantragen',
      'Auto abmelden',
      'Gewerbe ummelden',
      'Wohnung anmelden',
      ...'abcdefghijklmnopqrstuvwx'.split('').map((c) => `Antrag ${c}${c}${c}`),
    ];
    const queries = benchQueries(devQueries(originals));

    expect(queries.slice(0, 28)).toEqual(originals);
    expect(queries.slice(28, 32)).toEqual(['personalausweis beantragen', 'Auto abmleden', 'Gewerbe umme', 'wie geht wohnung anmelden']);
    expect(new Set(queries).size).toBe(queries.length);
    expect(queries.length).toBeGreaterThanOrEqual(50);
  });

  it('refuses a file with too few queries', () => {
    expect(() => benchQueries(devQueries(['Auto abmelden']))).toThrow('too few queries');
  });
});
