import type { Server } from 'node:http';
import { SearchIndexUnavailableError } from './search-index.port';
import { adapterFor as adapter, closeFake, fakeMeilisearch, json } from '../../testing/fake-meilisearch';

// The adapter's own search request (node:http, kept-alive connections) against fake servers:
// what each failure means to the breaker, and the retry of a connection the server closed.
const HITS = { hits: [{ id: 'a1', departmentId: 'd1', kind: 'service', _rankingScore: 0.75 }], estimatedTotalHits: 1 };

const query = { q: 'pass', limit: 10, offset: 0, now: 1_700_000_000_000 };

describe('MeilisearchAdapter.search over its own HTTP request', () => {
  let server: Server | undefined;
  afterEach(async () => {
    await closeFake(server);
    server = undefined;
  });

  it('sends the search as meilisearch-js did and reads id, score, department and kind', async () => {
    const fake = await fakeMeilisearch((req, res) => {
      expect(req.url).toBe('/indexes/articles/search');
      expect(req.headers.authorization).toBe('Bearer key');
      json(res, 200, HITS);
    });
    server = fake.server;
    const result = await adapter(fake.url).search({ ...query, kind: 'service' });
    expect(result).toEqual({ hits: [{ id: 'a1', score: 0.75, departmentId: 'd1', kind: 'service' }], total: 1 });
    expect(JSON.parse(fake.bodies[0])).toEqual({
      q: 'pass',
      filter: '(validUntil IS NULL OR validUntil > 1700000000000) AND kind = "service"',
      limit: 10,
      locales: ['deu'],
      matchingStrategy: 'frequency',
      attributesToRetrieve: ['id', 'departmentId', 'kind'],
      showRankingScore: true,
    });
  });

  it('sends a search again when the server closed the kept-alive connection as it was reused', async () => {
    const fake = await fakeMeilisearch((req, res, served) => {
      // The second request on a connection finds it closed (Meilisearch's keep-alive expired).
      if (served > 0) req.socket.destroy();
      else json(res, 200, HITS);
    });
    server = fake.server;
    const index = adapter(fake.url);
    await index.search(query);
    await expect(index.search(query)).resolves.toMatchObject({ total: 1 });
    expect(fake.bodies).toHaveLength(3);
  });

  it('reports a 5xx and a refused connection as unavailable (the breaker opens)', async () => {
    const fake = await fakeMeilisearch((_req, res) => json(res, 503, { message: 'busy' }));
    server = fake.server;
    await expect(adapter(fake.url).search(query)).rejects.toBeInstanceOf(SearchIndexUnavailableError);
    await expect(adapter('http://127.0.0.1:1').search(query)).rejects.toBeInstanceOf(SearchIndexUnavailableError);
  });

  it('reports a 4xx as a bug in the request, not as an outage', async () => {
    const fake = await fakeMeilisearch((_req, res) => json(res, 400, { message: 'Attribute `kind` is not filterable.' }));
    server = fake.server;
    const error: unknown = await adapter(fake.url)
      .search(query)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(SearchIndexUnavailableError);
    expect(String(error)).toMatch(/HTTP 400.*not filterable/);
  });
});
