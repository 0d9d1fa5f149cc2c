import { germanStem } from './search-text';

/**
 * German text analysis for ranking, used identically when an article is indexed and when a
 * citizen's words are searched: tokens, conversational fillers, compound parts, stems.
 * Measured on independent query sets (SEARCH-NOTES.md): decompounding documents AND queries
 * lifted hit@3 from 0.71 to 0.82 and from 0.52 to 0.74.
 */

/** Words the decompounder may use as parts: `has` answers for lower-case surface forms. */
export interface WordVocabulary {
  has(word: string): boolean;
}

/** Parts shorter than this are never split off ("ehe", "amt" would split half the corpus). */
export const MIN_COMPOUND_PART = 4;
/** Words shorter than this are never split (two parts of ≥ 4 letters). */
export const MIN_COMPOUND_WORD = 8;
// Fugenelemente between two parts, longest first so that "ens" wins over "en" on equal splits.
const LINKING_ELEMENTS = ['ens', 'es', 'en', 'er', 'n', 's', 'e', ''] as const;

const TOKEN = /[\p{L}\p{N}]+/gu;
const INVISIBLE = /[\p{Cc}\p{Cf}]/gu;

/** Lower-case words and numbers of a text (NFKC; hyphens, slashes and punctuation separate). */
export function tokenize(text: string): string[] {
  const normalized = text.normalize('NFKC').replace(INVISIBLE, ' ').toLocaleLowerCase('de-DE');
  return Array.from(normalized.matchAll(TOKEN), ([token]) => token).filter((token) => token.length >= 2);
}

interface Split {
  parts: string[];
  /** Sum of squared part lengths: ties between equally short splits go to balanced, long parts. */
  score: number;
}

/**
 * The parts of a German compound, recursively ("kraftfahrzeugzulassung" → "kraftfahrzeug",
 * "zulassung", "kraft", "fahrzeug"), or [] when the word is not a compound of known words.
 * The split with the fewest parts wins (each a known word of ≥ 4 letters, joined by a linking
 * element; a non-final part may drop its final "e": "schul|anmeldung" → "schule"), ties go to
 * the larger sum of squared part lengths; every part is split again.
 */
export function decompound(word: string, vocabulary: WordVocabulary): string[] {
  const found: string[] = [];
  collectParts(word, vocabulary, found, 0);
  return [...new Set(found)];
}

const MAX_DEPTH = 4;

function collectParts(word: string, vocabulary: WordVocabulary, found: string[], depth: number): void {
  if (depth >= MAX_DEPTH || word.length < MIN_COMPOUND_WORD) return;
  const split = bestSplit(word, vocabulary);
  if (!split) return;
  for (const part of split.parts) {
    found.push(part);
    collectParts(part, vocabulary, found, depth + 1);
  }
}

function bestSplit(word: string, vocabulary: WordVocabulary): Split | null {
  const memo = new Map<number, Split | null>();
  // The best split of word[start..] into two or more parts: a known head, a linking element,
  // and the best split of the rest into one or more parts.
  const multiPart = (start: number): Split | null => {
    let best: Split | null = null;
    for (let end = start + MIN_COMPOUND_PART; end <= word.length - MIN_COMPOUND_PART; end++) {
      const head = modifierForm(word.slice(start, end), vocabulary);
      if (!head) continue;
      for (const link of LINKING_ELEMENTS) {
        const tail = word.startsWith(link, end) ? anyPart(end + link.length) : null;
        if (!tail) continue;
        const candidate = { parts: [head, ...tail.parts], score: (end - start) ** 2 + tail.score };
        if (better(candidate, best)) best = candidate;
      }
    }
    return best;
  };
  const anyPart = (start: number): Split | null => {
    const cached = memo.get(start);
    if (cached !== undefined) return cached;
    const rest = word.slice(start);
    const whole = rest.length >= MIN_COMPOUND_PART && vocabulary.has(rest) ? { parts: [rest], score: rest.length ** 2 } : null;
    // One known word is always fewer parts than any split of it.
    const best = whole ?? multiPart(start);
    memo.set(start, best);
    return best;
  };
  // The top level must split: a word that is itself known is still a compound of its parts.
  return multiPart(0);
}

/** A non-final part as a known word: itself, or with the "e" German compounds drop ("schul" → "schule"). */
function modifierForm(part: string, vocabulary: WordVocabulary): string | null {
  if (vocabulary.has(part)) return part;
  if (vocabulary.has(`${part}e`)) return `${part}e`;
  return null;
}

function better(candidate: Split, best: Split | null): boolean {
  if (!best) return true;
  if (candidate.parts.length !== best.parts.length) return candidate.parts.length < best.parts.length;
  return candidate.score > best.score;
}

/**
 * The head of a German compound — its last part, which decides the compound's word class
 * ("sperrmüll" → "müll", "abholtermin" → "termin") — or the word itself.
 */
export function compoundHead(word: string, vocabulary: WordVocabulary): string {
  const parts = decompound(word, vocabulary);
  // decompound() lists each part before its own parts, so the last one is the head of the head.
  return parts.length > 0 ? parts[parts.length - 1] : word;
}

/**
 * Whether a word is known only as a verb, adjective or adverb — what to do with a concern
 * ("beantragen", "abholen", "melden"), never the concern itself. `nonNouns`: words a general word
 * list has only in lower case (German capitalises every noun); `listed`: every word of that list
 * (those not in `nonNouns` are nouns). A word the list does not have is judged by its compound
 * head ("abholtermin" → "termin": a noun). Unknown words (names, typos, inflected forms) are not
 * non-nouns: they keep their full weight.
 */
export function nonNounClassifier(
  listed: ReadonlySet<string>,
  nonNouns: ReadonlySet<string>,
): (word: string, vocabulary: WordVocabulary) => boolean {
  const known = (word: string): boolean | undefined => (nonNouns.has(word) ? true : listed.has(word) ? false : undefined);
  return (word, vocabulary) => known(word) ?? known(compoundHead(word, vocabulary)) ?? false;
}

/** What an article's field contributes to the ranking: the stems of its words and of their compound parts. */
export function analyzeField(text: string, vocabulary: WordVocabulary): string[] {
  const lexemes: string[] = [];
  for (const token of tokenize(text)) {
    lexemes.push(germanStem(token));
    for (const part of decompound(token, vocabulary)) lexemes.push(germanStem(part));
  }
  return lexemes;
}

/**
 * How a query term came about: the citizen's word, a part of their compound, a curated thesaurus
 * term (synonyms.json, admins), a related word from the general German thesaurus standing in
 * for a word no article contains, or the learned twin of one of those: the same lexeme among the
 * words articles learned from agents' usage.
 */
export type QueryTermSource = 'word' | 'part' | 'synonym' | 'related' | 'learned';

/** One weighted lexeme of a query. */
export interface QueryTerm {
  /** The surface word (lower case) the term stands for. */
  word: string;
  lexeme: string;
  source: QueryTermSource;
  /** Index of the citizen's word this term belongs to (for the coverage behind `answered`). */
  wordIndex: number;
  /** For a compound part: the lexeme of the word it is a part of (parts are evidence only together). */
  partOf?: string;
}

/** A citizen's words after analysis. */
export interface AnalyzedQuery {
  /** The meaningful words, fillers removed, in order (at most MAX_QUERY_WORDS). */
  words: string[];
  terms: QueryTerm[];
}

/** Longer queries are cut: a spoken concern rarely needs more, and every word costs a posting scan. */
export const MAX_QUERY_WORDS = 16;

/**
 * Analyses a query: tokens without conversational fillers ("hallo, ich möchte bitte …"), each
 * word's stem, and the stems of its compound parts. A query of fillers only is searched as typed.
 */
export function analyzeQuery(q: string, vocabulary: WordVocabulary, fillers: ReadonlySet<string>): AnalyzedQuery {
  const tokens = tokenize(q);
  const meaningful = tokens.filter((token) => !fillers.has(token));
  const words = [...new Set(meaningful.length > 0 ? meaningful : tokens)].slice(0, MAX_QUERY_WORDS);
  const terms: QueryTerm[] = [];
  words.forEach((word, wordIndex) => {
    const lexeme = germanStem(word);
    terms.push({ word, lexeme, source: 'word', wordIndex });
    for (const part of decompound(word, vocabulary))
      terms.push({ word: part, lexeme: germanStem(part), source: 'part', wordIndex, partOf: lexeme });
  });
  return { words, terms };
}
