import type { SearchResponse } from '@bsc/domain';
import { SearchEventRecorder } from '../search/search-event-recorder';
import { AuditService } from '../audit/audit.service';
import type { ApiClient } from '../../testing/api-client';
import { createCast, createUser, publishArticle, type Cast } from '../../testing/factories';
import { createTestApp, type TestApp } from '../../testing/test-app';
import type { SearchAnalyticsView } from '@bsc/domain';
import { SearchEventRetentionService } from './search-event-retention.service';

const DAY_MS = 86_400_000;

describe('Search analytics', () => {
  let t: TestApp;
  let cast: Cast;
  let admin: ApiClient;

  beforeAll(async () => {
    t = await createTestApp({ env: { SEARCH_EVENT_RETENTION_DAYS: '90' } });
    cast = await createCast(t);
    admin = await (await createUser(t, ['admin'])).client();
    await publishArticle(cast, { title: 'Wohngeld beantragen', shortAnswer: 'Zuschuss zur Miete.' });
    await t.drainOutbox();
  });
  afterAll(() => t.close());

  // string, not SearchIntent: one test sends an intent the API must reject.
  const search = (q: string, intent?: string) =>
    cast.agent.get<SearchResponse>(`/api/v1/search?q=${encodeURIComponent(q)}${intent ? `&intent=${intent}` : ''}`);
  /** Rows as stored: the recorder inserts after the answer has gone out. */
  const stored = async (sql: string): Promise<unknown> => {
    await t.app.get(SearchEventRecorder).settled();
    return t.db.query(sql);
  };
  const overview = async () => (await admin.get<SearchAnalyticsView>('/api/v1/admin/search-analytics?days=7')).body;

  beforeEach(() => t.db.query(`DELETE FROM search_events`));

  it('reports top queries, zero-result queries and queries without clicks', async () => {
    const clicked = await search('Wohngeld');
    await cast.agent.post('/api/v1/search/click', { searchId: clicked.body.searchId, articleId: clicked.body.hits[0].id, position: 1 });
    await search('  WOHNGELD? ');
    await search('Mietzuschuss');
    await search('Mietzuschuss');
    await search('Xylophonunterricht');

    const response = await admin.get<SearchAnalyticsView>('/api/v1/admin/search-analytics?days=7');

    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ days: 7, totalSearches: 5, degradedSearches: 0, unansweredSearches: 1 });
    expect(response.body.top).toEqual([
      { query: 'mietzuschuss', count: 2 },
      { query: 'wohngeld', count: 2 },
      { query: 'xylophonunterricht', count: 1 },
    ]);
    expect(response.body.zeroResults).toEqual([{ query: 'xylophonunterricht', count: 1 }]);
    expect(response.body.noClicks).toEqual([{ query: 'mietzuschuss', count: 2 }]);
  });

  it('counts settled searches only: typing "wohngeld" letter by letter and stopping records one search', async () => {
    const word = 'wohngeld';
    for (let length = 1; length <= word.length; length++) {
      const preview = await search(word.slice(0, length), 'preview');
      expect(preview.status).toBe(200);
    }
    await search(word, 'settled');

    const view = await overview();

    expect(view.totalSearches).toBe(1);
    expect(view.top).toEqual([{ query: 'wohngeld', count: 1 }]);
  });

  it('records the click on a result opened from a preview once the editor has settled the search', async () => {
    const preview = await search('Wohngeld', 'preview');
    const opened = preview.body.hits[0];
    // The preview's id has no row: a click on it alone records nothing.
    expect(
      (await cast.agent.post('/api/v1/search/click', { searchId: preview.body.searchId, articleId: opened.id, position: 1 })).status,
    ).toBe(204);
    expect((await overview()).totalSearches).toBe(0);

    const settled = await search('Wohngeld', 'settled');
    await cast.agent.post('/api/v1/search/click', { searchId: settled.body.searchId, articleId: opened.id, position: 1 });

    const rows = await stored(`SELECT query, clicked_article_id, clicked_position FROM search_events`);
    expect(rows).toEqual([{ query: 'wohngeld', clicked_article_id: opened.id, clicked_position: 1 }]);
  });

  it('lists unanswered searches next to zero-result ones and keeps them out of "no clicks"', async () => {
    await search('Xylophonunterricht');
    // A search with weak candidates only, as the calibrated confidence will report it.
    await search('Wohngeld');
    await stored(`UPDATE search_events SET answered = false WHERE query = 'wohngeld'`);
    await search('Wohngeld');

    const view = await overview();

    expect(view).toMatchObject({ totalSearches: 3, unansweredSearches: 2 });
    expect(view.zeroResults).toEqual([{ query: 'xylophonunterricht', count: 1 }]);
    expect(view.unanswered).toEqual([{ query: 'wohngeld', count: 1 }]);
    expect(view.noClicks).toEqual([{ query: 'wohngeld', count: 1 }]);
  });

  it('stores whether the search said it had an answer, and rejects an unknown intent', async () => {
    await search('Wohngeld');
    await search('Xylophonunterricht');

    const rows = await stored(`SELECT query, answered FROM search_events ORDER BY query`);
    expect(rows).toEqual([
      { query: 'wohngeld', answered: true },
      { query: 'xylophonunterricht', answered: false },
    ]);
    expect((await search('Wohngeld', 'typing')).status).toBe(400);
  });

  it('stores no trace of who searched', async () => {
    const columns = (await t.db.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'search_events'`)) as {
      column_name: string;
    }[];
    expect(columns.map((c) => c.column_name).sort()).toEqual([
      'answer_used',
      'answered',
      'at',
      'clicked_article_id',
      'clicked_at',
      'clicked_position',
      'degraded',
      'id',
      'query',
      'result_count',
    ]);
  });

  it('is for holders of analytics:read only', async () => {
    expect((await cast.agent.get('/api/v1/admin/search-analytics')).status).toBe(403);
    expect((await admin.get('/api/v1/admin/search-analytics?days=0')).status).toBe(400);
  });
});

describe(SearchEventRetentionService.name, () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ env: { SEARCH_EVENT_RETENTION_DAYS: '30' } });
  });
  afterAll(() => t.close());

  it('deletes events older than the retention period, measured on the injected clock', async () => {
    const now = new Date('2031-03-01T12:00:00Z');
    await t.db.query(`DELETE FROM search_events`);
    for (const [query, daysAgo] of [
      ['alt', 31],
      ['grenze', 29.9],
      ['neu', 1],
    ] as const) {
      await t.db.query(`INSERT INTO search_events (query, result_count, answered, at) VALUES ($1, 1, true, $2)`, [
        query,
        new Date(now.getTime() - daysAgo * DAY_MS),
      ]);
    }
    const audit = new AuditService(t.db);
    const retention = new SearchEventRetentionService(t.db, t.config, { now: () => now }, audit);

    expect(await retention.purge()).toBe(1);

    const left = (await t.db.query(`SELECT query FROM search_events ORDER BY query`)) as { query: string }[];
    expect(left.map((r) => r.query)).toEqual(['grenze', 'neu']);
    const later = new SearchEventRetentionService(t.db, t.config, { now: () => new Date(now.getTime() + 10 * DAY_MS) }, audit);
    expect(await later.purge()).toBe(1);
    expect(await retention.purge()).toBe(0);
    const events = (await t.db.query(`SELECT actor_id, details FROM audit_events WHERE action = 'search_events.purged' ORDER BY id`)) as {
      actor_id: null;
      details: { deleted: number };
    }[];
    expect(events.map((e) => [e.actor_id, e.details.deleted])).toEqual([
      [null, 1],
      [null, 1],
    ]);
  });

  it("deletes the learning's usage signals of the same age with the events, audited", async () => {
    const now = new Date('2031-06-01T12:00:00Z');
    const article = await publishArticle(await createCast(t), { title: 'Artikel mit Signalen' });
    await t.db.query(`DELETE FROM search_signals`);
    for (const [word, daysAgo] of [
      ['alt', 31],
      ['neu', 1],
    ] as const) {
      const at = new Date(now.getTime() - daysAgo * DAY_MS);
      await t.db.query(
        `INSERT INTO search_signals (at, day, article_id, signal, terms, agent_key) VALUES ($1::timestamptz, ($1::timestamptz)::date, $2, 'copied', $3, $4)`,
        [at, article.id, [word], word.padEnd(64, '0')],
      );
    }
    const retention = new SearchEventRetentionService(t.db, t.config, { now: () => now }, new AuditService(t.db));

    await retention.purge();

    const left = (await t.db.query(`SELECT terms FROM search_signals`)) as { terms: string[] }[];
    expect(left).toEqual([{ terms: ['neu'] }]);
    const [audited] = (await t.db.query(
      `SELECT details FROM audit_events WHERE action = 'search_events.purged' ORDER BY id DESC LIMIT 1`,
    )) as { details: { deleted: number; signals: number; retentionDays: number } }[];
    expect(audited.details).toMatchObject({ deleted: 0, signals: 1, retentionDays: 30 });
  });
});
