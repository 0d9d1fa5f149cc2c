import type { EvalQuery } from './metrics';
import { pick, randomInt, seededRandom, type Random } from './seeded-random';

/** Seed of the typo set printed by `npm run eval:search`; changing it makes a new set. */
export const TYPO_SEED = 20_261_211;

/** Words shorter than this stay intact (Meilisearch tolerates no typo below 5 letters either). */
const MIN_LETTERS = 5;
const LETTERS = 'abcdefghijklmnopqrstuvwxyzäöüß';
const EDITS = ['deletion', 'insertion', 'substitution', 'transposition'] as const;
/** The four single-letter edits of Damerau's classic study of spelling errors. */
export type TypoEdit = (typeof EDITS)[number];

/**
 * One random edit of the word that changes it. The first letter stays: studies of real
 * misspellings (Pollock & Zamora 1984, Yannakoudakis & Fawthrop 1983) find it wrong only in a
 * small minority of cases, and an agent who hears "Führerschein" starts with an "F".
 */
export function misspell(word: string, random: Random, edit: TypoEdit = pick(random, EDITS)): string {
  const letters = [...word];
  if (letters.length < 3) return word;
  for (let attempt = 0; attempt < 20; attempt++) {
    const result = applyEdit(letters, edit, random);
    if (result !== word) return result;
  }
  // Only words like "Aaaaa" get here: a deletion always changes them.
  return applyEdit(letters, 'deletion', random);
}

function applyEdit(letters: string[], edit: TypoEdit, random: Random): string {
  const copy = [...letters];
  if (edit === 'deletion') copy.splice(randomInt(random, 1, copy.length), 1);
  else if (edit === 'insertion') copy.splice(randomInt(random, 1, copy.length + 1), 0, pick(random, [...LETTERS]));
  else if (edit === 'substitution') copy[randomInt(random, 1, copy.length)] = pick(random, [...LETTERS]);
  else {
    const at = randomInt(random, 1, copy.length - 1);
    [copy[at], copy[at + 1]] = [copy[at + 1], copy[at]];
  }
  return copy.join('');
}

/** The query with one edit in every word of at least five letters; shorter words and digits stay. */
export function typoQuery(q: string, random: Random): string {
  return q.replace(/\p{L}+/gu, (word) => ([...word].length >= MIN_LETTERS ? misspell(word, random) : word));
}

/** The typo variant of a query set: same relevant answers, misspelt words, reproducible by seed. */
export function typoVariant(queries: readonly EvalQuery[], seed = TYPO_SEED): EvalQuery[] {
  const random = seededRandom(seed);
  return queries.map((query) => ({ q: typoQuery(query.q, random), relevant: [...query.relevant] }));
}
