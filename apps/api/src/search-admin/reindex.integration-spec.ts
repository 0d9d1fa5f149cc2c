import type { SearchResponse } from '@bsc/domain';
import { ReindexService, type ReindexStatus } from '../search/reindex.service';
import { allSearchDocuments, countPublished } from '../search/search-document.builder';
import { SearchIndex, type SearchDocument } from '../search/search-index.port';
import { clearPostings } from '../search/ranking/postings-store';
import { SearchSetupService } from '../search/search-setup.service';
import type { ApiClient } from '../../testing/api-client';
import { createCast, createUser, publishArticle, type Cast } from '../../testing/factories';
import { createTestApp, type TestApp } from '../../testing/test-app';

describe('Reindex (fresh index + atomic swap)', () => {
  let t: TestApp;
  let cast: Cast;
  let admin: ApiClient;
  let knownId: string;

  beforeAll(async () => {
    t = await createTestApp();
    cast = await createCast(t);
    admin = await (await createUser(t, ['admin'])).client();
    knownId = (await publishArticle(cast, { title: 'Kfz-Zulassung', shortAnswer: 'Fahrzeug anmelden.' })).id;
    for (let i = 0; i < 24; i++) await publishArticle(cast, { title: `Leistung Nummer ${i}`, shortAnswer: `Beschreibung ${i}.` });
    await t.drainOutbox();
  });
  afterAll(() => t.close());

  const searchKnown = async () => {
    const response = await cast.agent.get<SearchResponse>('/api/v1/search?q=Zulassung');
    if (response.status !== 200) throw new Error(`search answered ${response.status}: ${JSON.stringify(response.body)}`);
    return { found: response.body.hits.some((h) => h.id === knownId), degraded: response.body.degraded };
  };

  it('keeps answering searches for a known article between every step of a rebuild and after the swap', async () => {
    const observations: { found: boolean; degraded: boolean }[] = [];
    async function* batchesWithSearches(): AsyncGenerator<SearchDocument[]> {
      for await (const batch of allSearchDocuments(t.db.manager, 5)) {
        observations.push(await searchKnown());
        yield batch;
      }
      observations.push(await searchKnown());
    }
    const index = t.app.get(SearchIndex);

    await index.rebuild(batchesWithSearches(), await countPublished(t.db.manager), await t.app.get(SearchSetupService).synonyms());
    observations.push(await searchKnown());

    expect(observations.length).toBeGreaterThanOrEqual(7);
    expect(observations.every((o) => o.found && !o.degraded)).toBe(true);
    expect(await index.count()).toBe(25);
  });

  it('applies changes published during a rebuild to the new index', async () => {
    let published: Promise<unknown> | undefined;
    const result = await t.app.get(ReindexService).rebuild((done) => {
      published ??= publishArticle(cast, { title: 'Hundesteuer während des Neuaufbaus' });
      void done;
    }, 5);
    await published;
    await t.drainOutbox();

    expect(result.indexed).toBe(25);
    const response = await cast.agent.get<SearchResponse>('/api/v1/search?q=Hundesteuer');
    expect(response.body.hits.map((h) => h.title)).toContain('Hundesteuer während des Neuaufbaus');
  });

  it('starts through POST /admin/reindex with 202 and reports its status, while searches keep finding the article', async () => {
    const started = await admin.post<ReindexStatus>('/api/v1/admin/reindex');
    expect(started.status).toBe(202);
    expect(started.body.state).toBe('running');
    let status = started.body;
    while (status.state === 'running') {
      expect(await searchKnown()).toEqual({ found: true, degraded: false });
      status = (await admin.get<ReindexStatus>('/api/v1/admin/reindex')).body;
    }
    expect(status).toMatchObject({ state: 'succeeded', indexed: 26, total: 26 });
    const [event] = (await t.db.query(`SELECT actor_id, details FROM audit_events WHERE action = 'search.reindex_started'`)) as {
      actor_id: string;
      details: unknown;
    }[];
    expect(event.details).toEqual({ via: 'api' });
  });

  it('does not make searches wait while a rebuild has cleared the postings (not yet committed)', async () => {
    const runner = t.db.createQueryRunner();
    await runner.startTransaction();
    try {
      await clearPostings(runner.manager);
      // With TRUNCATE this search waited for the rebuild's commit (exclusive lock); a guard keeps
      // the test from hanging if that comes back.
      const guard = new Promise<'blocked'>((resolve) => setTimeout(() => resolve('blocked'), 10_000).unref());
      const result = await Promise.race([searchKnown(), guard]);
      expect(result).toEqual({ found: true, degraded: false });
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });

  it('is for admins only', async () => {
    expect((await cast.reviewer.post('/api/v1/admin/reindex')).status).toBe(403);
  });
});
