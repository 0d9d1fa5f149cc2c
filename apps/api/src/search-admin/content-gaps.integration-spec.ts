import type { ContentGap, SearchResponse } from '@bsc/domain';
import { SearchEventRecorder } from '../search/search-event-recorder';
import type { ApiClient } from '../../testing/api-client';
import { createCast, createUser, publishArticle, type Cast } from '../../testing/factories';
import { createTestApp, type TestApp } from '../../testing/test-app';

describe('Content gaps', () => {
  let t: TestApp;
  let cast: Cast;
  let lead: ApiClient;

  beforeAll(async () => {
    t = await createTestApp();
    cast = await createCast(t);
    lead = await (await createUser(t, ['bsc_lead'])).client();
    await publishArticle(cast, { title: 'Reisepass beantragen', shortAnswer: 'Persönlich im Bürgerbüro beantragen.' });
    await t.drainOutbox();
  });
  afterAll(() => t.close());

  const search = (q: string) => cast.agent.get<SearchResponse>(`/api/v1/search?q=${encodeURIComponent(q)}`);
  const gaps = async (): Promise<ContentGap[]> => {
    await t.app.get(SearchEventRecorder).settled();
    const response = await lead.get<ContentGap[]>('/api/v1/content-gaps?days=7');
    expect(response.status).toBe(200);
    return response.body;
  };

  it('groups unanswered and unopened searches by the word they share; an opened answer is no gap', async () => {
    await search('Wohngeld beantragen');
    await search('Wohngeld beantragen');
    await search('wie bekomme ich Wohngeld');
    const opened = await search('Reisepass beantragen');
    await cast.agent.post('/api/v1/search/click', { searchId: opened.body.searchId, articleId: opened.body.hits[0].id, position: 1 });

    const list = await gaps();
    expect(list[0]).toMatchObject({ term: 'wohngeld', searches: 3, unanswered: 3 });
    expect(list[0].examples[0]).toBe('wohngeld beantragen');
    expect(list.flatMap((g) => g.examples)).not.toContain('reisepass beantragen');

    const csv = await lead.get<string>('/api/v1/content-gaps/export.csv?days=7');
    expect(csv.status).toBe(200);
    expect(String(csv.body)).toContain('wohngeld;3;3;');
  });

  it('leaves out an unanswered search after which an agent used an answer', async () => {
    const passport = await publishArticle(cast, { title: 'Kinderreisepass', shortAnswer: 'Für Kinder unter zwölf Jahren.' });
    await t.drainOutbox();
    const first = await search('Ausweis Säugling Urlaub');
    const second = await search('Ausweis Säugling Urlaub');
    expect(first.body.answered).toBe(false);
    expect((await gaps()).find((g) => g.examples.includes('ausweis säugling urlaub'))).toMatchObject({ searches: 2, unanswered: 2 });

    const used = await cast.agent.post('/api/v1/search/feedback', {
      searchId: second.body.searchId,
      articleId: passport.id,
      signal: 'helpful',
    });
    expect(used.status).toBe(200);
    expect((await gaps()).find((g) => g.examples.includes('ausweis säugling urlaub'))).toMatchObject({ searches: 1, unanswered: 1 });
    // "Nicht hilfreich" is no use of the answer: the search stays a gap.
    await cast.agent.post('/api/v1/search/feedback', { searchId: first.body.searchId, articleId: passport.id, signal: 'not_helpful' });
    expect((await gaps()).find((g) => g.examples.includes('ausweis säugling urlaub'))).toMatchObject({ searches: 1 });
  });

  it('lets a lead ignore a word (audited); agents see no gap list', async () => {
    await search('Elterngeld Antrag');
    const ignored = await lead.post('/api/v1/content-gaps/ignore', { term: 'Elterngeld' });
    expect(ignored.status).toBe(204);
    expect((await gaps()).map((g) => g.term)).not.toContain('elterngeld');
    const audit = (await t.db.query(`SELECT details FROM audit_events WHERE action = 'content_gap.ignored'`)) as { details: unknown }[];
    expect(audit).toEqual([{ details: { term: 'elterngeld' } }]);

    expect((await cast.agent.get('/api/v1/content-gaps')).status).toBe(403);
    const bad = await lead.post<{ code: string }>('/api/v1/content-gaps/ignore', { term: 'zwei Wörter' });
    expect([bad.status, bad.body.code]).toEqual([400, 'VALIDATION_FAILED']);
  });
});
