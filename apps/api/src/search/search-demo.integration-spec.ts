import type { SearchResponse } from '@bsc/domain';
import { seedDemoContent } from '../seed/seed-demo-content';
import { createCast, type Cast } from '../../testing/factories';
import { createTestApp, type TestApp } from '../../testing/test-app';

// The demo content as an agent meets it after `npm start`: queries a new user tried and the
// first version answered badly (issue 11).
describe('Search on the demo content', () => {
  let t: TestApp;
  let cast: Cast;

  beforeAll(async () => {
    t = await createTestApp();
    await t.db.transaction((m) => seedDemoContent(m));
    cast = await createCast(t);
    await t.drainOutbox();
    // 23 articles through the indexer (postings + Meilisearch) on a busy two-core machine.
  }, 120_000);
  afterAll(() => t.close());

  const search = async (q: string) => {
    const response = await cast.agent.get<SearchResponse>(`/api/v1/search?q=${encodeURIComponent(q)}`);
    expect(response.status).toBe(200);
    return response.body;
  };

  it('"Führerschein umschreiben" finds the driving-licence articles first', async () => {
    const result = await search('Führerschein umschreiben');
    expect(result.hits.slice(0, 3).map((h) => h.title)).toEqual([
      expect.stringMatching(/Führerschein/),
      expect.stringMatching(/Führerschein/),
      expect.stringMatching(/Führerschein/),
    ]);
  });

  it('"fürerschein" (a typo) finds the driving-licence articles first and counts as answered', async () => {
    const result = await search('fürerschein');
    expect(result.answered).toBe(true);
    expect(result.hits[0].title).toMatch(/Führerschein/);
  });

  it('"Kennzeichen verloren" puts a vehicle registration article first', async () => {
    const result = await search('Kennzeichen verloren');
    expect(result.hits[0].title).toMatch(/Kennzeichen|Fahrzeug|Zulassung/);
  });

  it('"Fleppe verloren" (slang no article uses) finds the lost driving licence through the general thesaurus', async () => {
    const result = await search('Fleppe verloren');
    expect(result.hits[0].title).toBe('Führerschein verloren oder gestohlen – Ersatzführerschein');
  });

  it('"Essensgeld", which one article only mentions in its body, is unanswered; the mention stays one click away', async () => {
    const result = await search('Essensgeld');
    expect(result.answered).toBe(false);
    expect(result.hits[0].title).toBe('Übernahme der Kita-Gebühren durch das Jugendamt');
  });

  it('"Heizkostenzuschuss", which no article covers, is unanswered', async () => {
    expect((await search('Heizkostenzuschuss')).answered).toBe(false);
  });

  // Known gap (issue 11, search-config/README.md "Not reached"): the cross-validated threshold
  // answers "Wohngeld" from an article that mentions it among its proofs. `it.failing` keeps
  // the expectation visible and turns red the day the search gets it right.
  it.failing('"Wohngeld", which no article covers, is unanswered and keeps its weak candidates', async () => {
    const result = await search('Wohngeld');
    expect(result.answered).toBe(false);
    expect(result.confidence).toBeLessThan(1);
  });
});
