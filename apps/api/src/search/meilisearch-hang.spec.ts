import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MeilisearchAdapter } from './meilisearch.adapter';
import { loadSearchConfig } from './search-config';

// A Meilisearch that accepts connections and then never answers some requests: the adapter must
// give up after its 2 s request timeout, not after meilisearch-js' 30 s task wait.
type Route = (req: IncomingMessage, res: ServerResponse) => boolean;

async function fakeMeilisearch(answers: Route): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      // Unanswered requests stay open until the client aborts them.
      answers(req, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

function json(res: ServerResponse, status: number, body: unknown): true {
  res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
  return true;
}

function adapter(url: string): MeilisearchAdapter {
  return new MeilisearchAdapter({
    url,
    apiKey: 'key',
    indexName: 'articles',
    config: { ...loadSearchConfig(), settings: {}, stopWords: [], synonyms: {} },
  });
}

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
  afterEach(async () => {
    server?.closeAllConnections();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  });

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
      return false; // GET /tasks/7 hangs
    });
    server = fake.server;
    const { ms, error } = await elapsedMs(() => adapter(fake.url).remove(['a1']));
    expect(String(error)).toMatch(/tasks\/7/);
    expect(ms).toBeGreaterThan(1_500);
    expect(ms).toBeLessThan(5_000);
  });
});
