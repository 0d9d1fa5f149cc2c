// The package ships no types; the reference carries our declaration into consumers of dist/.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./types/snowball-stemmers.d.ts" />
import { newStemmer, type Stemmer } from 'snowball-stemmers';
import { SearchLimits } from './limits';

// Invisible and control characters that reach us from copy & paste.
const INVISIBLE = /[\p{Cc}\p{Cf}]/gu;
// Punctuation trimmed at the ends of a query ("Perso verloren?", „Auto ummelden“); the
// paragraph sign stays, as in "§ 47 FeV".
const EDGE_PUNCTUATION = /^(?:\s|(?!§)\p{P})+|(?:\s|(?!§)\p{P})+$/gu;
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * What the agent's search field sends for what was typed or pasted: at most
 * SearchLimits.queryMax characters, counted in code points as the API counts them (a cut by
 * UTF-16 units could split an emoji and make the request unencodable). The field shows the
 * agent when the limit is reached; the evaluations send the same.
 */
export function searchFieldText(typed: string): string {
  const characters = Array.from(typed);
  return characters.length <= SearchLimits.queryMax ? typed : characters.slice(0, SearchLimits.queryMax).join('');
}

/**
 * Whether what was typed reaches the search field's limit (the field takes no more). The field's
 * maxLength counts UTF-16 units, never fewer than characters: 100 emoji fill it as well.
 */
export function reachesSearchFieldLimit(typed: string): boolean {
  return typed.length >= SearchLimits.queryMax;
}

/**
 * A search query normalised for analytics, so that spellings of the same query count together:
 * NFKC, lower case, whitespace collapsed, punctuation trimmed at both ends, at most
 * SearchLimits.queryMax characters (code points).
 */
export function normalizeQuery(q: string): string {
  const text = q.normalize('NFKC').replace(INVISIBLE, ' ').toLocaleLowerCase('de-DE').replace(/\s+/gu, ' ');
  const limited = Array.from(text.replace(EDGE_PUNCTUATION, '')).slice(0, SearchLimits.queryMax).join('');
  return limited.replace(EDGE_PUNCTUATION, '');
}

let germanStemmer: Stemmer | null = null;

/**
 * The Snowball German stem of a word, lower-cased ("Fahrzeuge" → "fahrzeug", "Häuser" →
 * "haus"). Umlauts in the stem become plain vowels; "ae"/"oe"/"ue" spellings are not
 * recognised as umlauts, apply foldUmlauts to both sides if that matters.
 */
export function germanStem(word: string): string {
  const cached = stemCache.get(word);
  if (cached !== undefined) return cached;
  germanStemmer ??= newStemmer('german');
  const stem = germanStemmer.stem(word.normalize('NFC').toLocaleLowerCase('de-DE'));
  // A knowledge base has a few thousand distinct words; stemming each once instead of on every
  // search hit took the largest share of the API's CPU time (see README "Performance").
  if (stemCache.size >= STEM_CACHE_MAX) stemCache.clear();
  stemCache.set(word, stem);
  return stem;
}

const STEM_CACHE_MAX = 100_000;
const stemCache = new Map<string, string>();

/** The German stems of all words of a text, in order (for stemmed search fields and queries). */
export function stemGermanWords(text: string): string[] {
  return Array.from(text.normalize('NFKC').matchAll(WORD), ([word]) => germanStem(word));
}

const UMLAUT_FOLDS: Readonly<Record<string, string>> = {
  ä: 'ae',
  ö: 'oe',
  ü: 'ue',
  ß: 'ss',
  Ä: 'Ae',
  Ö: 'Oe',
  Ü: 'Ue',
  ẞ: 'SS',
};

/** Replaces umlauts and ß by their ASCII spellings ("Führerschein" → "Fuehrerschein"). */
export function foldUmlauts(text: string): string {
  return text.normalize('NFC').replace(/[äöüßÄÖÜẞ]/g, (char) => UMLAUT_FOLDS[char]);
}
