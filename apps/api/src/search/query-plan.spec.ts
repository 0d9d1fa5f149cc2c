import { planQuery, thesaurusMatches, type QueryVocabulary } from './query-plan';

const vocabulary: QueryVocabulary = {
  stopWords: new Set(['ich', 'möchte', 'mein', 'wie', 'der']),
  thesaurus: {
    perso: ['personalausweis', 'ausweis'],
    'auto verkauft': ['außerbetriebsetzung', 'halterwechsel'],
    auto: ['fahrzeug', 'kfz'],
    verloren: ['verlust'],
  },
};

describe(planQuery.name, () => {
  it('drops stop words and searches the words, their stems and thesaurus rewrites', () => {
    const plan = planQuery('Ich möchte mein Perso verloren!', vocabulary);

    expect(plan.words).toEqual(['perso', 'verloren']);
    expect(plan.stems).toEqual(['perso', 'verlor']);
    expect(plan.variants).toEqual([
      { q: 'perso verloren', weight: 1, scope: 'words' },
      { q: 'perso verlor', weight: 1, scope: 'all' },
      { q: 'personalausweis verloren', weight: 0.9, scope: 'words' },
      { q: 'perso verlust', weight: 0.9, scope: 'words' },
      { q: 'ausweis verloren', weight: 0.9, scope: 'words' },
    ]);
    expect(plan.synonyms).toEqual(['personalausweis', 'ausweis', 'verlust']);
  });

  it('stems inflected and derived forms alike', () => {
    expect(planQuery('Gewerbe abmelden', vocabulary).stems).toEqual(planQuery('Gewerbe-Abmeldung', vocabulary).stems);
  });

  it('searches a query of stop words only as typed rather than not at all', () => {
    expect(planQuery('wie', vocabulary).words).toEqual(['wie']);
  });

  it('plans nothing for an empty or punctuation-only query', () => {
    expect(planQuery('  ?! ', vocabulary)).toEqual({ words: [], stems: [], synonyms: [], variants: [] });
  });

  it('caps the number of words of very long queries', () => {
    const plan = planQuery(Array.from({ length: 30 }, (_, i) => `wort${i}`).join(' '), vocabulary);
    expect(plan.words).toHaveLength(12);
  });
});

describe(thesaurusMatches.name, () => {
  it('prefers the longest key and does not overlap matches', () => {
    expect(thesaurusMatches(['auto', 'verkauft', 'heute'], vocabulary.thesaurus)).toEqual([
      { start: 0, length: 2, synonyms: ['außerbetriebsetzung', 'halterwechsel'] },
    ]);
    expect(thesaurusMatches(['mein', 'auto'], vocabulary.thesaurus)).toEqual([{ start: 1, length: 1, synonyms: ['fahrzeug', 'kfz'] }]);
  });
});
