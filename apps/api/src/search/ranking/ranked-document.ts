import { analyzeField, germanStem, tokenize, type WordVocabulary } from '@bsc/domain';
import type { SearchDocument } from '../search-index.port';
import { RANKING_FIELDS, type RankingField } from './ranking-params';

/** Corpus words shorter than this are no typo stand-ins and no compound parts. */
const MIN_CORPUS_WORD = 4;

/** An article as BM25F stores it: term frequencies per field, field lengths, its words. */
export interface RankedDocument {
  articleId: string;
  /** Tokens (words and compound parts) per field, in RANKING_FIELDS order. */
  fieldLengths: number[];
  /** lexeme → occurrences per field, in RANKING_FIELDS order. */
  termFrequencies: Map<string, number[]>;
  /** Distinct words of ≥ 4 letters with their stems: the corpus vocabulary and the typo stand-ins. */
  words: Map<string, string>;
}

/**
 * The text of each ranked field (prerequisites and procedure count as body text). `learned`: the
 * words citizens used for the article, learned from agents' usage (issue 12).
 */
export function rankedFieldTexts(document: SearchDocument): Record<RankingField, string> {
  return {
    title: document.title,
    keywords: document.keywords.join(' '),
    summary: document.shortAnswer,
    documents: document.documentNames.join(' '),
    body: [document.bodyText, document.prerequisites, document.procedure].join(' '),
    fees: document.fees,
    learned: document.learnedTerms.join(' '),
  };
}

/**
 * The corpus words a document brings (added to the vocabulary before it is analysed). Learned
 * words are not among them: a citizen's misspelling must not become a typo stand-in or a
 * compound part for every other query.
 */
export function documentWords(document: SearchDocument): Map<string, string> {
  const words = new Map<string, string>();
  const { learned: _learned, ...authored } = rankedFieldTexts(document);
  for (const text of Object.values(authored)) {
    for (const token of tokenize(text)) if (token.length >= MIN_CORPUS_WORD && !/\d/u.test(token)) words.set(token, germanStem(token));
  }
  return words;
}

/**
 * The lexeme under which a word learned from usage is stored: apart from the authored text's
 * lexemes, so that its document frequency counts the articles that learned it — how specific
 * the word is to an article as agents used it — not every article that mentions it.
 */
export const learnedLexeme = (lexeme: string): string => `~${lexeme}`;

/** Analyses a document the same way a query is analysed (libs/domain search-analysis). */
export function rankDocument(document: SearchDocument, vocabulary: WordVocabulary): RankedDocument {
  const texts = rankedFieldTexts(document);
  const termFrequencies = new Map<string, number[]>();
  const fieldLengths = RANKING_FIELDS.map((field, index) => {
    const analysed = analyzeField(texts[field], vocabulary);
    const lexemes = field === 'learned' ? analysed.map(learnedLexeme) : analysed;
    for (const lexeme of lexemes) {
      const tf = termFrequencies.get(lexeme) ?? RANKING_FIELDS.map(() => 0);
      tf[index] += 1;
      termFrequencies.set(lexeme, tf);
    }
    return lexemes.length;
  });
  return { articleId: document.id, fieldLengths, termFrequencies, words: documentWords(document) };
}
