import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseRankingParams, type RankingParams } from './ranking/ranking-params';
import type { BuiltInSynonym } from '@bsc/domain';
import { parseStopWordsFile, parseSynonymEntries, parseSynonymsFile } from './thesaurus-files';

/** Index settings, stop words, the base synonyms and the ranking parameters, versioned in search-config/. */
export interface SearchConfigFiles {
  settings: Record<string, unknown>;
  stopWords: string[];
  /** Words the learning never learns for an article (not-learned-words.json; the search keeps them). */
  notLearnedWords: string[];
  synonyms: Record<string, string[]>;
  /** The entries of synonyms.json with their reasons, for the synonym page. */
  synonymEntries: BuiltInSynonym[];
  ranking: RankingParams;
}

/** Finds search-config/ upwards from this file (works from src/ under Jest and from dist/). */
export function searchConfigDir(start = __dirname): string {
  let dir = start;
  for (;;) {
    const candidate = join(dir, 'search-config');
    if (existsSync(join(candidate, 'index-settings.json'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('search-config/index-settings.json not found');
    dir = parent;
  }
}

/** Reads the JSON files; a missing optional file counts as empty. */
export function loadSearchConfig(dir = searchConfigDir()): SearchConfigFiles {
  const read = <T>(name: string, fallback: T): T => {
    const path = join(dir, name);
    return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as T) : fallback;
  };
  return {
    settings: read<Record<string, unknown>>('index-settings.json', {}),
    stopWords: parseStopWordsFile(read<unknown>('stop-words.json', { groups: [] })),
    notLearnedWords: parseStopWordsFile(read<unknown>('not-learned-words.json', { groups: [] }), 'not-learned-words.json'),
    synonyms: parseSynonymsFile(read<unknown>('synonyms.json', { entries: [] })),
    synonymEntries: parseSynonymEntries(read<unknown>('synonyms.json', { entries: [] })),
    ranking: parseRankingParams(read<unknown>('ranking.json', null)),
  };
}

/** The general German word list (derived from OpenThesaurus, LGPL-2.1) the decompounder splits against. */
export function loadGermanWords(dir = searchConfigDir()): string[] {
  return readWordList(join(dir, 'german-words.txt'));
}

/** One word per line; an absent file is an empty list. */
function readWordList(path: string): string[] {
  return existsSync(path)
    ? readFileSync(path, 'utf8')
        .split('\n')
        .filter((w) => w.length > 0)
    : [];
}

/**
 * Words the general German word list knows only as verbs, adjectives or adverbs
 * (german-non-nouns.txt, derived from OpenThesaurus, LGPL-2.1): what to do with a concern, never
 * the concern itself. Read by the answer confidence (answerNonNounWeight).
 */
export function loadGermanNonNouns(dir = searchConfigDir()): string[] {
  return readWordList(join(dir, 'german-non-nouns.txt'));
}

/**
 * The general German thesaurus (german-thesaurus.txt, derived from OpenThesaurus, LGPL-2.1): each
 * word → every word it shares a synonym group with, over all its senses. Only consulted for a
 * citizen's word no article contains (RankingVocabulary.related).
 */
export function loadGermanThesaurus(dir = searchConfigDir()): Map<string, string[]> {
  const path = join(dir, 'german-thesaurus.txt');
  const related = new Map<string, Set<string>>();
  if (!existsSync(path)) return new Map();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const group = line.split(';').filter((w) => w.length > 0);
    for (const word of group) {
      const known = related.get(word) ?? new Set<string>();
      for (const other of group) if (other !== word) known.add(other);
      related.set(word, known);
    }
  }
  return new Map([...related].map(([word, others]) => [word, [...others].sort()]));
}
