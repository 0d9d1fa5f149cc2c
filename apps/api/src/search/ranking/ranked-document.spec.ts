import { germanStem } from '@bsc/domain';
import type { SearchDocument } from '../search-index.port';
import { learnedLexeme, rankDocument } from './ranked-document';
import { RANKING_FIELDS } from './ranking-params';

const noCompounds = { has: () => false };

function document(overrides: Partial<SearchDocument>): SearchDocument {
  return {
    id: 'a1',
    title: 'Fahrzeug ummelden',
    keywords: [],
    shortAnswer: '',
    titleStems: '',
    keywordStems: '',
    summaryStems: '',
    documentNames: [],
    bodyText: 'Mit dem Auto zur Zulassungsstelle.',
    prerequisites: '',
    procedure: '',
    fees: '',
    departmentId: 'd1',
    departmentName: 'Zulassung',
    kind: 'service',
    bscResolution: 'complete',
    status: 'published',
    externalRef: null,
    leikaKey: null,
    publishedAt: 0,
    validUntil: null,
    lastVerifiedAt: 0,
    reviewIntervalDays: 365,
    learnedTerms: [],
    ...overrides,
  };
}

const tfIn = (tf: number[] | undefined, field: (typeof RANKING_FIELDS)[number]) => tf?.[RANKING_FIELDS.indexOf(field)] ?? 0;

describe(rankDocument.name, () => {
  it('stores learned words under lexemes of their own, apart from the authored text', () => {
    const ranked = rankDocument(document({ learnedTerms: ['auto', 'karre'] }), noCompounds);
    const auto = germanStem('auto');
    // The authored "Auto" of the body keeps its lexeme, counted in the body only ...
    expect(tfIn(ranked.termFrequencies.get(auto), 'body')).toBe(1);
    expect(tfIn(ranked.termFrequencies.get(auto), 'learned')).toBe(0);
    // ... so its document frequency counts the articles that mention it, and the learned twin
    // counts the articles that learned it.
    expect(tfIn(ranked.termFrequencies.get(learnedLexeme(auto)), 'learned')).toBe(1);
    expect(tfIn(ranked.termFrequencies.get(learnedLexeme(germanStem('karre'))), 'learned')).toBe(1);
    expect(ranked.termFrequencies.has(germanStem('karre'))).toBe(false);
  });

  it('does not add learned words to the corpus words (no typo stand-in or compound part from a caller)', () => {
    const ranked = rankDocument(document({ learnedTerms: ['karre'] }), noCompounds);
    expect(ranked.words.has('karre')).toBe(false);
    expect(ranked.words.has('fahrzeug')).toBe(true);
  });
});
