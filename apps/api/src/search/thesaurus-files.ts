// Parses search-config/synonyms.json and search-config/stop-words.json. Both files name, for every
// entry, why it exists (search-config/README.md, "Regeln für Thesaurus und Stoppwörter"); the
// parsers refuse an entry without a reason, so a word cannot slip in unexplained.

/** A group of words that mean the same: every word finds all the others. */
export interface MutualSynonymEntry {
  mutual: string[];
  why: string;
}

/** One-way: each of `terms` also searches for `means`, not the other way round. */
export interface OneWaySynonymEntry {
  terms: string[];
  means: string[];
  why: string;
}

export type SynonymEntry = MutualSynonymEntry | OneWaySynonymEntry;

/** search-config/synonyms.json */
export interface SynonymsFile {
  entries: SynonymEntry[];
}

/** A group of stop words that share one reason. */
export interface StopWordGroup {
  why: string;
  words: string[];
}

/** search-config/stop-words.json */
export interface StopWordsFile {
  groups: StopWordGroup[];
}

import type { BuiltInSynonym } from '@bsc/domain';

const GERMAN = new Intl.Collator('de');

/**
 * Turns synonyms.json into Meilisearch's synonyms object, the form the API uses: every term maps to
 * the terms it also searches for. Keys are in code-point order, each key's terms in German
 * alphabetical order (the order query rewrites try them in). Throws, naming the entry, when an entry
 * has no reason, a term is not lower-case, a term maps to itself or a relation is listed twice.
 */
export function parseSynonymsFile(json: unknown, file = 'synonyms.json'): Record<string, string[]> {
  const root = record(json, `${file}: expected an object { "entries": [...] }`);
  allowKeys(root, ['$comment', 'entries'], file);
  if (!Array.isArray(root['entries'])) throw new Error(`${file}: "entries" must be an array`);

  const targets = new Map<string, Map<string, number>>();
  const add = (from: string, to: string, index: number, name: string): void => {
    if (from === to) throw new Error(`${file}: ${name} maps "${from}" to itself`);
    const known = targets.get(from) ?? new Map<string, number>();
    const earlier = known.get(to);
    if (earlier !== undefined) throw new Error(`${file}: ${name} repeats "${from}" → "${to}" of entry ${earlier + 1}`);
    known.set(to, index);
    targets.set(from, known);
  };

  root['entries'].forEach((raw: unknown, index) => {
    const entry = record(raw, `${file}: entry ${index + 1} is not an object`);
    const name = entryName(entry, index);
    allowKeys(entry, ['mutual', 'terms', 'means', 'why'], `${file}: ${name}`);
    requireWhy(entry['why'], `${file}: ${name}`);
    if ('mutual' in entry) {
      if ('terms' in entry || 'means' in entry) throw new Error(`${file}: ${name} has both "mutual" and "terms"/"means"`);
      const group = terms(entry['mutual'], `${file}: ${name} "mutual"`);
      if (group.length < 2) throw new Error(`${file}: ${name} "mutual" needs at least two terms`);
      for (const from of group) for (const to of group) if (from !== to) add(from, to, index, name);
    } else {
      const from = terms(entry['terms'], `${file}: ${name} "terms"`);
      const to = terms(entry['means'], `${file}: ${name} "means"`);
      for (const f of from) for (const t of to) add(f, t, index, name);
    }
  });

  const result: Record<string, string[]> = {};
  for (const key of [...targets.keys()].sort(byCodePoint)) result[key] = [...targets.get(key)!.keys()].sort(GERMAN.compare);
  return result;
}

/**
 * The entries of synonyms.json as the synonym page lists them (read-only): `means: null` for a
 * mutual group. Validated like parseSynonymsFile, which throws for the same files.
 */
export function parseSynonymEntries(json: unknown, file = 'synonyms.json'): BuiltInSynonym[] {
  parseSynonymsFile(json, file);
  const root = record(json, file);
  const entries: unknown[] = Array.isArray(root['entries']) ? root['entries'] : [];
  return entries.map((raw, index) => {
    const entry = record(raw, `${file}: entry ${index + 1} is not an object`);
    const why = String(entry['why']);
    if ('mutual' in entry) return { terms: terms(entry['mutual'], file), means: null, why };
    return { terms: terms(entry['terms'], file), means: terms(entry['means'], file), why };
  });
}

/**
 * Turns stop-words.json into the list of stop words (German alphabetical order). Throws, naming the
 * group, when a group has no reason, a word is not one lower-case word or is listed twice.
 */
export function parseStopWordsFile(json: unknown, file = 'stop-words.json'): string[] {
  const root = record(json, `${file}: expected an object { "groups": [...] }`);
  allowKeys(root, ['$comment', 'groups'], file);
  if (!Array.isArray(root['groups'])) throw new Error(`${file}: "groups" must be an array`);

  const groupOf = new Map<string, number>();
  root['groups'].forEach((raw: unknown, index) => {
    const group = record(raw, `${file}: group ${index + 1} is not an object`);
    const words = Array.isArray(group['words']) ? group['words'] : [];
    const name = `group ${index + 1} (${words.slice(0, 3).map(String).join(', ')}${words.length > 3 ? ', …' : ''})`;
    allowKeys(group, ['why', 'words'], `${file}: ${name}`);
    requireWhy(group['why'], `${file}: ${name}`);
    for (const word of terms(group['words'], `${file}: ${name} "words"`)) {
      if (/\s/u.test(word)) throw new Error(`${file}: ${name}: "${word}" is more than one word (stop words are removed word by word)`);
      const earlier = groupOf.get(word);
      if (earlier !== undefined) throw new Error(`${file}: ${name} repeats "${word}" of group ${earlier + 1}`);
      groupOf.set(word, index);
    }
  });
  return [...groupOf.keys()].sort(GERMAN.compare);
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function record(value: unknown, message: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(message);
  return value as Record<string, unknown>;
}

function allowKeys(value: Record<string, unknown>, allowed: readonly string[], where: string): void {
  const unknown = Object.keys(value).filter((key) => !allowed.includes(key));
  if (unknown.length > 0) throw new Error(`${where}: unknown field ${unknown.map((k) => `"${k}"`).join(', ')}`);
}

function requireWhy(why: unknown, where: string): void {
  if (typeof why !== 'string' || why.trim().length === 0) throw new Error(`${where} has no "why": every entry must name why it exists`);
}

/** A non-empty list of distinct, trimmed, lower-case terms. */
function terms(value: unknown, where: string): string[] {
  if (!Array.isArray(value) || value.length === 0) throw new Error(`${where} must be a non-empty list of terms`);
  const seen = new Set<string>();
  for (const term of value) {
    if (typeof term !== 'string' || term.trim().length === 0) throw new Error(`${where} contains an empty or non-text term`);
    if (term !== term.trim() || /\s{2}/u.test(term)) throw new Error(`${where}: "${term}" has stray spaces`);
    if (term !== term.toLocaleLowerCase('de-DE')) throw new Error(`${where}: "${term}" must be lower-case`);
    if (seen.has(term)) throw new Error(`${where} lists "${term}" twice`);
    seen.add(term);
  }
  return [...seen];
}

function entryName(entry: Record<string, unknown>, index: number): string {
  const first = Array.isArray(entry['mutual']) ? entry['mutual'] : Array.isArray(entry['terms']) ? entry['terms'] : [];
  const label = first.slice(0, 3).map(String).join(', ');
  return `entry ${index + 1}${label ? ` (${label}${first.length > 3 ? ', …' : ''})` : ''}`;
}
