import { analyzeQuery, germanStem, type WordVocabulary } from '@bsc/domain';
import { thesaurusMatches, type QueryVocabulary } from '../query-plan';
import type { RankTerm } from './bm25f-query';
import type { RankingParams } from './ranking-params';
import type { RankingWords } from './ranking-vocabulary.service';
import { learnedLexeme } from './ranked-document';

/** The citizen's words and the weighted terms BM25F ranks them by. */
export interface RankingQuery {
  /** Meaningful words, fillers removed (what Meilisearch is asked for, too). */
  words: string[];
  /** What BM25F ranks by: one term per lexeme and word (the highest weight). */
  terms: RankTerm[];
  /**
   * Every term before that merge, each compound part with the compound it belongs to: a part the
   * word shares with a thesaurus term ("sperr", "müll" of "Sperrmüll" and of "Sperrmüllabholung")
   * counts in both compounds' shares (answer-confidence.ts).
   */
  evidence: RankTerm[];
  /** Per word: known only as a verb, adjective or adverb (the answer confidence may weigh it less). */
  nonNoun: boolean[];
  /** Query weight of a compound part (what its parts together are worth as evidence of a word). */
  partWeight: number;
}

/**
 * Turns the citizen's words into weighted ranking terms: each word (1), its compound parts
 * (`partWeight`), the terms of every thesaurus entry the words contain (`synonymWeight`,
 * analysed like words, parts included) and, for a word no article contains, the article words
 * the general German thesaurus relates to it (`relatedWeight`, shared among them: a word of many
 * senses spreads its weight). Fillers come from search-config/stop-words.json.
 */
export function rankingQuery(
  q: string,
  vocabulary: RankingWords,
  thesaurus: QueryVocabulary,
  params: Pick<RankingParams, 'partWeight' | 'synonymWeight' | 'relatedWeight'>,
): RankingQuery {
  const analyzed = analyzeQuery(q, vocabulary, thesaurus.stopWords);
  const terms: RankTerm[] = analyzed.terms.map((term) => ({
    ...term,
    weight: term.source === 'word' ? 1 : params.partWeight,
  }));
  if (params.synonymWeight > 0) {
    for (const match of thesaurusMatches(analyzed.words, thesaurus.thesaurus)) {
      for (const synonym of match.synonyms) {
        for (const term of analyzeQuery(synonym, vocabulary, new Set()).terms) {
          const weight = params.synonymWeight * (term.source === 'word' ? 1 : params.partWeight);
          terms.push({ ...term, source: 'synonym', weight, wordIndex: match.start });
        }
      }
    }
  }
  if (params.relatedWeight > 0) {
    analyzed.words.forEach((word, wordIndex) => {
      const related = vocabulary.related(word);
      const weight = params.relatedWeight / related.length;
      for (const other of related) terms.push({ word: other, lexeme: germanStem(other), source: 'related', weight, wordIndex });
    });
  }
  // Each term also looks for what articles learned (ranked-document.ts learnedLexeme).
  const learned = terms
    .filter((t) => t.source === 'word' || t.source === 'part' || t.source === 'synonym')
    .map((t): RankTerm => ({
      ...t,
      lexeme: learnedLexeme(t.lexeme),
      source: 'learned',
      ...(t.partOf === undefined ? {} : { partOf: learnedLexeme(t.partOf) }),
    }));
  return {
    words: analyzed.words,
    terms: dedupe([...terms, ...learned]),
    evidence: [...terms, ...learned],
    // Read by the answer confidence only: as query weights they did not generalise (search-config/README.md).
    nonNoun: analyzed.words.map((word) => vocabulary.nonNoun(word)),
    partWeight: params.partWeight,
  };
}

/**
 * The citizen's meaningful words (fillers removed, each once), as the ranking reads them: what
 * the learning stores of a search and what content gaps are grouped by.
 */
export function meaningfulWords(q: string, vocabulary: WordVocabulary, thesaurus: QueryVocabulary): string[] {
  return [...new Set(analyzeQuery(q, vocabulary, thesaurus.stopWords).words)];
}

/** One term per (lexeme, word): the highest weight wins. */
function dedupe(terms: RankTerm[]): RankTerm[] {
  const best = new Map<string, RankTerm>();
  for (const term of terms) {
    const key = `${term.lexeme}\u0000${term.wordIndex}`;
    const seen = best.get(key);
    if (!seen || term.weight > seen.weight) best.set(key, term);
  }
  return [...best.values()];
}
