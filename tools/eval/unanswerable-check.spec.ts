import { coveredConcerns, parseUnanswerableConcerns } from './unanswerable-check';

const services = [
  { id: '1', name: 'Haushaltsbescheinigung', keywords: 'Kindergeld, Bescheinigung' },
  { id: '2', name: 'Sterbeurkunde', keywords: '' },
];

describe(coveredConcerns.name, () => {
  it('names the concerns that a title or keyword list covers, case-insensitively', () => {
    const concerns = parseUnanswerableConcerns({
      queries: [
        { q: 'Kindergeld beantragen', relevant: [], absentTerms: ['KINDERGELD'] },
        { q: 'Wohngeld beantragen', relevant: [], absentTerms: ['wohngeld'] },
      ],
    });
    expect(coveredConcerns(concerns, services)).toEqual([
      { q: 'Kindergeld beantragen', term: 'kindergeld', serviceId: '1', serviceTitle: 'Haushaltsbescheinigung' },
    ]);
  });
});

describe(parseUnanswerableConcerns.name, () => {
  it('rejects a concern without absent terms', () => {
    expect(() => parseUnanswerableConcerns({ queries: [{ q: 'Wohngeld', relevant: [], absentTerms: [] }] })).toThrow('Concern 1');
    expect(() => parseUnanswerableConcerns({ queries: [{ q: 'Wohngeld', relevant: [] }] })).toThrow('Concern 1');
  });
});

describe('unanswerable-queries.json', () => {
  it('holds at least 30 different concerns, each with the terms that were checked', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const concerns = parseUnanswerableConcerns(require('./unanswerable-queries.json'));
    expect(new Set(concerns.map((c) => c.q.toLowerCase())).size).toBe(concerns.length);
    expect(concerns.length).toBeGreaterThanOrEqual(30);
  });
});
