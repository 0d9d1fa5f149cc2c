import { germanStem, normalizeQuery } from '@bsc/domain';

/** Which attributes a query variant searches. */
export type VariantScope = 'words' | 'all';

/** One query sent to the index; the index merges the variants' hits by weighted relevance. */
export interface QueryVariant {
  q: string;
  weight: number;
  /** 'words': the original-text attributes only; 'all': also the stemmed copies. */
  scope: VariantScope;
}

/** How the API searches for a citizen's words (see search-config/README.md for the measurements). */
export interface QueryPlan {
  /** The meaningful words of the query, lower case, stop words removed. */
  words: string[];
  /** German stems of those words ("abmelden" and "Abmeldung" → "abmeld"). */
  stems: string[];
  /** Thesaurus terms the query's words stand for ("perso" → "personalausweis"). */
  synonyms: string[];
  variants: QueryVariant[];
}

/** Thesaurus and stop words the plan applies. */
export interface QueryVocabulary {
  stopWords: ReadonlySet<string>;
  /** Lower-case key (one or more words) → what it also means. */
  thesaurus: Readonly<Record<string, readonly string[]>>;
}

const WORD = /[\p{L}\p{N}]+/gu;
const MAX_WORDS = 12;
const MAX_KEY_WORDS = 4;
// Measured (search-config/README.md): a fourth rewrite gained nothing and costs a query.
const MAX_SYNONYM_VARIANTS = 3;
// Measured (search-config/README.md): a thesaurus rewrite is good evidence, a little less than
// the citizen's own words.
const SYNONYM_WEIGHT = 0.9;

/**
 * Turns the citizen's words into the queries sent to the index:
 *  1. the words without stop words ("ich möchte mein Auto ummelden" → "auto ummelden"),
 *  2. their German stems, matched against stemmed copies of title, keywords and short answer
 *     (inflected and derived forms: "beglaubigen" finds "Beglaubigung"),
 *  3. one rewrite per thesaurus entry the words contain ("Perso verloren" → "personalausweis
 *     verloren"), because Meilisearch applies native synonyms only to unsegmented words.
 */
export function planQuery(q: string, vocabulary: QueryVocabulary): QueryPlan {
  const all = Array.from(normalizeQuery(q).matchAll(WORD), ([w]) => w).slice(0, MAX_WORDS);
  const meaningful = all.filter((w) => !vocabulary.stopWords.has(w));
  // A query of stop words only ("wer", "wie") is still searched as typed.
  const words = meaningful.length > 0 ? meaningful : all;
  if (words.length === 0) return { words: [], stems: [], synonyms: [], variants: [] };
  const stems = words.map(germanStem);
  const rewrites = thesaurusRewrites(words, vocabulary.thesaurus);
  const variants: QueryVariant[] = [
    { q: words.join(' '), weight: 1, scope: 'words' },
    { q: stems.join(' '), weight: 1, scope: 'all' },
    ...rewrites.variants.map((text) => ({ q: text, weight: SYNONYM_WEIGHT, scope: 'words' as const })),
  ];
  return { words, stems, synonyms: rewrites.terms, variants };
}

interface ThesaurusMatch {
  start: number;
  length: number;
  synonyms: readonly string[];
}

/** Longest thesaurus keys first, left to right, without overlaps. */
export function thesaurusMatches(words: readonly string[], thesaurus: QueryVocabulary['thesaurus']): ThesaurusMatch[] {
  const matches: ThesaurusMatch[] = [];
  for (let start = 0; start < words.length;) {
    const match = longestKeyAt(words, start, thesaurus);
    if (match) matches.push(match);
    start += match ? match.length : 1;
  }
  return matches;
}

function longestKeyAt(words: readonly string[], start: number, thesaurus: QueryVocabulary['thesaurus']): ThesaurusMatch | null {
  for (let length = Math.min(MAX_KEY_WORDS, words.length - start); length >= 1; length--) {
    const synonyms = thesaurus[words.slice(start, start + length).join(' ')];
    if (synonyms && synonyms.length > 0) return { start, length, synonyms };
  }
  return null;
}

function thesaurusRewrites(words: string[], thesaurus: QueryVocabulary['thesaurus']): { variants: string[]; terms: string[] } {
  const matches = thesaurusMatches(words, thesaurus);
  const variants: string[] = [];
  // Round robin: the first synonym of every matched key before the second of any.
  for (let round = 0; variants.length < MAX_SYNONYM_VARIANTS && matches.some((m) => round < m.synonyms.length); round++) {
    for (const match of matches.filter((m) => round < m.synonyms.length)) {
      if (variants.length === MAX_SYNONYM_VARIANTS) break;
      variants.push([...words.slice(0, match.start), match.synonyms[round], ...words.slice(match.start + match.length)].join(' '));
    }
  }
  return { variants, terms: [...new Set(matches.flatMap((m) => m.synonyms))] };
}
