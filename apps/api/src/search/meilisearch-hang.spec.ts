import type { Server } from 'node:http';
import { adapterFor as adapter, closeFake, fakeMeilisearch, json } from '../../testing/fake-meilisearch';

// A Meilisearch that accepts connections and then never answers some requests: the adapter must
// give up after its 2 s request timeout, not after meilisearch-js' 30 s task wait.

async function elapsedMs(run: () => Promise<unknown>): Promise<{ ms: number; error: unknown }> {
  const started = performance.now();
  const error = await run().then(
    () => null,
    (e: unknown) => e,
  );
  return { ms: performance.now() - started, error };
}

describe('MeilisearchAdapter against a hung Meilisearch', () => {
  let server: Server | undefined;
  afterEach(() => closeFake(server));

  it('fails a search after about 2 s', async () => {
    const fake = await fakeMeilisearch(() => false);
    server = fake.server;
    const { ms, error } = await elapsedMs(() => adapter(fake.url).search({ q: 'pass', limit: 10, now: Date.now() }));
    expect(error).toBeInstanceOf(Error);
    expect(ms).toBeGreaterThan(1_500);
    expect(ms).toBeLessThan(5_000);
  });

  it('fails a removal after about 2 s when the task poll hangs', async () => {
    const fake = await fakeMeilisearch((req, res) => {
      if (req.method === 'POST' && req.url === '/indexes/articles/documents/delete-batch') {
        return json(res, 202, {
          taskUid: 7,
          indexUid: 'articles',
          status: 'enqueued',
          type: 'documentDeletion',
          enqueuedAt: new Date().toISOString(),
        });
      }
      return undefined; // GET /tasks/7 hangs
    });
    server = fake.server;
    const { ms, error } = await elapsedMs(() => adapter(fake.url).remove(['a1']));
    expect(String(error)).toMatch(/tasks\/7/);
    expect(ms).toBeGreaterThan(1_500);
    expect(ms).toBeLessThan(5_000);
  });
});
