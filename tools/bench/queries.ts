import fs from 'node:fs';

/**
 * The dev queries plus one variation of each, as agents really type: lower case, a typo, a
 * half-typed last word (results while typing), a spoken phrasing. 32 dev queries give 64.
 */
export function benchQueries(devQueriesFile: string): string[] {
  const parsed = JSON.parse(fs.readFileSync(devQueriesFile, 'utf8')) as unknown;
  const list = typeof parsed === 'object' && parsed !== null && 'queries' in parsed ? parsed.queries : undefined;
  const queries = Array.isArray(list)
    ? list.map((entry: unknown) => (typeof entry === 'object' && entry !== null && 'q' in entry ? String(entry.q) : ''))
    : [];
  const originals = queries.filter((q) => q.trim().length > 0);
  if (originals.length < 25) throw new Error(`${devQueriesFile}: too few queries (${originals.length})`);
  const variations = originals.map((q, i) => VARIATIONS[i % VARIATIONS.length](q));
  return [...new Set([...originals, ...variations])];
}

const VARIATIONS: ((q: string) => string)[] = [
  (q) => q.toLocaleLowerCase('de-DE'),
  withTypo,
  halfTyped,
  (q) => `wie geht ${q.toLocaleLowerCase('de-DE')}`,
];

// Swaps two letters in the middle of the longest word: within Meilisearch's typo tolerance.
function withTypo(q: string): string {
  const words = q.split(' ');
  const longest = words.reduce((best, w, i) => (w.length > words[best].length ? i : best), 0);
  const word = words[longest];
  if (word.length < 5) return `${q} bitte`;
  const at = Math.floor(word.length / 2);
  words[longest] = word.slice(0, at - 1) + word[at] + word[at - 1] + word.slice(at + 1);
  return words.join(' ');
}

// The query as the agent is still typing it: the last word cut to its first letters.
function halfTyped(q: string): string {
  const words = q.split(' ');
  const last = words[words.length - 1];
  words[words.length - 1] = last.slice(0, Math.max(3, Math.ceil(last.length / 2)));
  return words.join(' ');
}
