import { pick, seededRandom } from './seeded-random';
import { SPOKEN_CLOSINGS, SPOKEN_OPENINGS, spokenQuery, spokenVariant } from './spoken-variant';
import { misspell, typoQuery, typoVariant } from './typo-variant';

const DEV = [
  { q: 'Personalausweis beantragen', relevant: ['1063441'] },
  { q: 'Kfz-Steuer ab 2024', relevant: ['1'] },
  { q: 'kleiner Waffenschein', relevant: ['1072617'] },
];

/** Levenshtein distance with adjacent transpositions (optimal string alignment). */
function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  const d = Array.from({ length: x.length + 1 }, (_, i) => Array.from({ length: y.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[x.length][y.length];
}

describe(seededRandom.name, () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    const sequence = (seed: number) => Array.from({ length: 5 }, seededRandom(seed));
    expect(sequence(42)).toEqual(sequence(42));
    expect(sequence(42)).not.toEqual(sequence(43));
    expect(sequence(42).every((n) => n >= 0 && n < 1)).toBe(true);
  });

  it('spreads picks over the whole list', () => {
    const random = seededRandom(7);
    const seen = new Set(Array.from({ length: 200 }, () => pick(random, ['a', 'b', 'c', 'd'])));
    expect(seen.size).toBe(4);
  });
});

describe(misspell.name, () => {
  it.each(['deletion', 'insertion', 'substitution', 'transposition'] as const)(
    'makes exactly one %s and keeps the first letter',
    (edit) => {
      const random = seededRandom(1);
      for (const word of ['Führerschein', 'Ausweis', 'Meldebestätigung', 'Kennzeichen']) {
        const typo = misspell(word, random, edit);
        expect(typo).not.toBe(word);
        expect(typo[0]).toBe(word[0]);
        expect(editDistance(word, typo)).toBe(1);
        const lengthChange = { deletion: -1, insertion: 1, substitution: 0, transposition: 0 }[edit];
        expect([...typo].length - [...word].length).toBe(lengthChange);
      }
    },
  );

  it('still changes a word whose transposition or substitution could leave it as it was', () => {
    expect(misspell('Aaaaa', seededRandom(3), 'transposition')).toBe('Aaaa');
  });
});

describe(typoQuery.name, () => {
  it('edits every word of five or more letters once and leaves shorter words, digits and punctuation', () => {
    const typo = typoQuery('Kfz-Steuer ab 2024 für Wohnmobil', seededRandom(5));
    const [kfz, steuer, ab, year, fuer, wohnmobil] = typo.split(/[- ]/);
    expect([kfz, ab, year, fuer]).toEqual(['Kfz', 'ab', '2024', 'für']);
    expect(editDistance(steuer, 'Steuer')).toBe(1);
    expect(editDistance(wohnmobil, 'Wohnmobil')).toBe(1);
    expect(typo).toMatch(/^Kfz-\S+ ab 2024 für \S+$/);
  });
});

describe(typoVariant.name, () => {
  it('is reproducible by seed, keeps the relevant answers and does not change its input', () => {
    const input = structuredClone(DEV);
    const variant = typoVariant(input, 99);
    expect(typoVariant(input, 99)).toEqual(variant);
    expect(typoVariant(input, 100)).not.toEqual(variant);
    expect(variant.map((v) => v.relevant)).toEqual(DEV.map((d) => d.relevant));
    expect(variant.every((v, i) => v.q !== DEV[i].q)).toBe(true);
    expect(input).toEqual(DEV);
  });
});

describe(spokenVariant.name, () => {
  it('has at least 20 openings and 20 closings, none repeated', () => {
    expect(new Set(SPOKEN_OPENINGS).size).toBeGreaterThanOrEqual(20);
    expect(new Set(SPOKEN_CLOSINGS).size).toBeGreaterThanOrEqual(20);
    expect(new Set(SPOKEN_OPENINGS).size).toBe(SPOKEN_OPENINGS.length);
    expect(new Set(SPOKEN_CLOSINGS).size).toBe(SPOKEN_CLOSINGS.length);
  });

  it('wraps the unchanged query in an opening and a closing', () => {
    const spoken = spokenQuery('Perso verloren', seededRandom(2));
    const opening = SPOKEN_OPENINGS.find((o) => spoken.startsWith(`${o} `));
    const closing = SPOKEN_CLOSINGS.find((c) => spoken.endsWith(c));
    expect(opening).toBeDefined();
    expect(closing).toBeDefined();
    expect(spoken).toBe(`${opening} Perso verloren${closing}`);
  });

  it('is reproducible by seed, varies the phrasing and keeps the relevant answers', () => {
    const many = Array.from({ length: 40 }, (_, i) => ({ q: `Anliegen ${i}`, relevant: [String(i)] }));
    const variant = spokenVariant(many, 7);
    expect(spokenVariant(many, 7)).toEqual(variant);
    expect(spokenVariant(many, 8)).not.toEqual(variant);
    expect(variant.map((v) => v.relevant)).toEqual(many.map((m) => m.relevant));
    const openings = new Set(variant.map((v) => SPOKEN_OPENINGS.find((o) => v.q.startsWith(o))));
    expect(openings.size).toBeGreaterThan(10);
  });
});
