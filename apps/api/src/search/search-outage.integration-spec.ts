import fs from 'node:fs';
import path from 'node:path';
import type { SearchResponse } from '@bsc/domain';
import { startMeilisearch, type RunningMeilisearch } from '../../../../tools/stack/meilisearch-server';
import { startThrowawayMeilisearch } from '../../../../tools/stack/throwaway-meilisearch';
import { createCast, publishArticle, type Cast } from '../../testing/factories';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { SearchIndex } from './search-index.port';

/** Waits until the check passes, polling every 50 ms; returns the elapsed milliseconds. */
async function within(ms: number, check: () => Promise<boolean>): Promise<number> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > ms) throw new Error(`not within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return Date.now() - started;
}

/** How many of the articles published during the outage a search found. */
function ausfallsicher(result: SearchResponse): number {
  return result.hits.filter((hit) => hit.title.startsWith('Ausfallsicher Leistung')).length;
}

// A private Meilisearch this suite stops and starts: the shared one must stay up for the others.
describe('Search when Meilisearch is down', () => {
  let meili: RunningMeilisearch;
  let t: TestApp;
  let cast: Cast;

  beforeAll(async () => {
    meili = await startThrowawayMeilisearch();
    t = await createTestApp({ meiliUrl: meili.url, meiliMasterKey: meili.masterKey });
    cast = await createCast(t);
    await publishArticle(cast, { title: 'Personalausweis beantragen', shortAnswer: 'Den Ausweis beantragen Sie im Bürgerbüro.' });
    await publishArticle(cast, { title: 'Hundesteuer', shortAnswer: 'Für jeden Hund wird Steuer fällig.' });
    await t.drainOutbox();
    meili.kill('SIGKILL');
    await meili.exited;
  });
  afterAll(async () => {
    await t.close();
    await meili.stop();
    fs.rmSync(path.dirname(meili.dataDir), { recursive: true, force: true });
  });

  const search = (q: string) => cast.agent.get<SearchResponse>(`/api/v1/search?q=${encodeURIComponent(q)}`);

  it('answers from PostgreSQL with degraded: true and still finds the right article', async () => {
    const response = await search('Perso verloren');

    expect(response.status).toBe(200);
    expect(response.body.degraded).toBe(true);
    expect(response.body.hits[0]).toMatchObject({ title: 'Personalausweis beantragen' });
    expect(response.body.hits[0].snippet).toContain('<mark>');
  });

  it('suggests titles as the agent types, from PostgreSQL while Meilisearch is down', async () => {
    const response = await cast.agent.get<{ suggestions: { title: string }[] }>('/api/v1/search/suggest?q=Hundest');
    expect(response.body.suggestions.map((s) => s.title)).toEqual(['Hundesteuer']);
  });

  it('queues what is published during the outage: all 20 articles are searchable within 5 s of the restart', async () => {
    for (let i = 0; i < 20; i++)
      await publishArticle(cast, { title: `Ausfallsicher Leistung ${i}`, shortAnswer: `Während des Ausfalls veröffentlicht (${i}).` });
    const [{ pending }] = (await t.db.query(`SELECT count(*)::int AS pending FROM search_outbox`)) as { pending: number }[];
    expect(pending).toBeGreaterThanOrEqual(20);

    meili = await startMeilisearch({ dataDir: meili.dataDir, port: meili.port, masterKey: meili.masterKey, ephemeral: true });
    const elapsed = await within(5_000, async () => {
      const response = await cast.agent.get<SearchResponse>('/api/v1/search?q=Ausfallsicher&limit=50');
      // Fused with Meilisearch, a weak extra candidate of its typo tolerance may follow the 20.
      return !response.body.degraded && ausfallsicher(response.body) === 20;
    });

    expect(elapsed).toBeLessThan(5_000);
  });

  it('rebuilds the index with its settings when Meilisearch comes back without its data', async () => {
    meili.kill('SIGKILL');
    await meili.exited;
    fs.rmSync(meili.dataDir, { recursive: true, force: true });
    await publishArticle(cast, { title: 'Fahrzeugzulassung nach dem Neustart' });

    meili = await startMeilisearch({ dataDir: meili.dataDir, port: meili.port, masterKey: meili.masterKey, ephemeral: true });

    await within(15_000, async () => {
      const all = await cast.agent.get<SearchResponse>('/api/v1/search?q=Ausfallsicher&limit=50');
      // "zulassung" inside a compound is only found with the German settings applied.
      const compound = await cast.agent.get<SearchResponse>('/api/v1/search?q=zulassung');
      return (
        !all.body.degraded &&
        ausfallsicher(all.body) === 20 &&
        compound.body.hits.some((h) => h.title === 'Fahrzeugzulassung nach dem Neustart')
      );
    });
  });
});

describe('Search while Meilisearch hangs', () => {
  let meili: RunningMeilisearch;
  let t: TestApp;
  let cast: Cast;

  beforeAll(async () => {
    meili = await startThrowawayMeilisearch();
    t = await createTestApp({ meiliUrl: meili.url, meiliMasterKey: meili.masterKey });
    cast = await createCast(t);
    await publishArticle(cast, { title: 'Personalausweis beantragen', shortAnswer: 'Den Ausweis beantragen Sie im Bürgerbüro.' });
    await t.drainOutbox();
  });
  afterAll(async () => {
    meili.kill('SIGCONT');
    await t.close();
    await meili.stop();
    fs.rmSync(path.dirname(meili.dataDir), { recursive: true, force: true });
  });

  it('waits for the frozen Meilisearch once, then answers from PostgreSQL without asking it again', async () => {
    const index = t.app.get(SearchIndex);
    const asked = jest.spyOn(index, 'search');
    meili.kill('SIGSTOP');
    try {
      const answers = [];
      for (let i = 0; i < 3; i++) answers.push(await cast.agent.get<SearchResponse>('/api/v1/search?q=Personalausweis'));

      expect(answers.map((a) => [a.status, a.body.degraded, a.body.hits[0]?.title])).toEqual(
        Array.from({ length: 3 }, () => [200, true, 'Personalausweis beantragen']),
      );
      expect(asked).toHaveBeenCalledTimes(1);
    } finally {
      meili.kill('SIGCONT');
      asked.mockRestore();
    }
  });
});

describe('Suggestions while typing', () => {
  let t: TestApp;
  let cast: Cast;

  beforeAll(async () => {
    t = await createTestApp();
    cast = await createCast(t);
    await publishArticle(cast, { title: 'Wohnsitzanmeldung', keywords: ['Umzug'] });
    await publishArticle(cast, { title: 'Wohngeld', shortAnswer: 'Wohnsitzanmeldung ist Voraussetzung.' });
    await t.drainOutbox();
  });
  afterAll(() => t.close());

  it('completes the last word as a prefix and suggests titles only', async () => {
    const response = await cast.agent.get<{ suggestions: { id: string; title: string }[] }>('/api/v1/search/suggest?q=wohnsitzan');

    expect(response.status).toBe(200);
    expect(response.body.suggestions.map((s) => s.title)).toEqual(['Wohnsitzanmeldung']);
  });

  it('suggests nothing for an empty query and requires search:use', async () => {
    expect((await cast.agent.get<{ suggestions: unknown[] }>('/api/v1/search/suggest?q=')).body.suggestions).toEqual([]);
    expect((await t.anonymous().get('/api/v1/search/suggest?q=wohn')).status).toBe(401);
  });
});
