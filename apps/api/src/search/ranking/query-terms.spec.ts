import { germanStem } from '@bsc/domain';
import { rankingQuery } from './query-terms';
import { learnedLexeme } from './ranked-document';
import type { RankingWords } from './ranking-vocabulary.service';

const noThesaurus = { stopWords: new Set(['mein', 'ist']), thesaurus: {} };
const params = { partWeight: 0.3, synonymWeight: 0.5, relatedWeight: 0.5 };

/** A vocabulary whose general thesaurus relates "drahtesel" to two article words. */
const words: RankingWords = {
  has: (word) => ['fahrrad', 'verschwunden'].includes(word),
  related: (word) => (word === 'drahtesel' ? ['fahrrad', 'rad'] : []),
  nonNoun: (word) => word === 'verschwunden',
};

describe(rankingQuery.name, () => {
  it('adds the related article words of a word, sharing relatedWeight among them', () => {
    const query = rankingQuery('mein Drahtesel ist verschwunden', words, noThesaurus, params);
    expect(query.words).toEqual(['drahtesel', 'verschwunden']);
    expect(query.nonNoun).toEqual([false, true]);
    const related = query.terms.filter((t) => t.source === 'related');
    expect(related).toEqual([
      { word: 'fahrrad', lexeme: germanStem('fahrrad'), source: 'related', weight: 0.25, wordIndex: 0 },
      { word: 'rad', lexeme: germanStem('rad'), source: 'related', weight: 0.25, wordIndex: 0 },
    ]);
  });

  it('adds no related words when relatedWeight is 0', () => {
    const query = rankingQuery('Drahtesel verschwunden', words, noThesaurus, { ...params, relatedWeight: 0 });
    expect(query.terms.filter((t) => t.source !== 'learned').map((t) => t.source)).toEqual(['word', 'word']);
  });

  it("keeps every compound's parts for the confidence, also those BM25F merges into one term", () => {
    // "Sperrmüll" (sperr + müll) with the thesaurus term "Sperrmüllabholung" (sperrmüll + abholung).
    const vocabulary: RankingWords = {
      has: (word) => ['sperre', 'müll', 'sperrmüll', 'abholung'].includes(word),
      related: () => [],
      nonNoun: () => false,
    };
    const thesaurus = { stopWords: new Set<string>(), thesaurus: { sperrmüll: ['sperrmüllabholung'] } };
    const query = rankingQuery('Sperrmüll', vocabulary, thesaurus, params);
    const partsOf = (whole: string) =>
      query.evidence
        .filter((t) => t.partOf === germanStem(whole))
        .map((t) => t.lexeme)
        .sort();
    expect(partsOf('sperrmüllabholung')).toEqual(expect.arrayContaining([germanStem('sperrmüll'), germanStem('abholung')]));
    expect(partsOf('sperrmüll')).toEqual([germanStem('müll'), germanStem('sperre')].sort());
    // BM25F sees each lexeme of a word once.
    const keys = query.terms.map((t) => `${t.lexeme}/${t.wordIndex}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('looks for each word, part and synonym among what articles learned too, at the same weight', () => {
    const query = rankingQuery('Drahtesel verschwunden', words, noThesaurus, { ...params, relatedWeight: 0 });
    expect(query.terms.filter((t) => t.source === 'learned')).toEqual([
      { word: 'drahtesel', lexeme: learnedLexeme(germanStem('drahtesel')), source: 'learned', weight: 1, wordIndex: 0 },
      { word: 'verschwunden', lexeme: learnedLexeme(germanStem('verschwunden')), source: 'learned', weight: 1, wordIndex: 1 },
    ]);
  });
});
