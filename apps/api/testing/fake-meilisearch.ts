import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { MeilisearchAdapter } from '../src/search/meilisearch.adapter';
import { loadSearchConfig } from '../src/search/search-config';

/**
 * Answers one request of a fake Meilisearch; `served` counts the requests before it on the same
 * connection. A handler that does not answer leaves the request open until the client gives up.
 */
export type FakeMeilisearchHandler = (req: IncomingMessage, res: ServerResponse, served: number) => unknown;

/** A Meilisearch stand-in on a free loopback port for the adapter's failure specs; keeps every request body. */
export async function fakeMeilisearch(handle: FakeMeilisearchHandler): Promise<{ url: string; server: Server; bodies: string[] }> {
  const bodies: string[] = [];
  const served = new WeakMap<Socket, number>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      bodies.push(Buffer.concat(chunks).toString('utf8'));
      const count = served.get(req.socket) ?? 0;
      served.set(req.socket, count + 1);
      handle(req, res, count);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, server, bodies };
}

/** Answers with a JSON body. */
export function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
}

/** The product's adapter pointed at a fake (no settings, stop words or synonyms to push). */
export function adapterFor(url: string): MeilisearchAdapter {
  return new MeilisearchAdapter({
    url,
    apiKey: 'key',
    indexName: 'articles',
    config: { ...loadSearchConfig(), settings: {}, stopWords: [], synonyms: {} },
  });
}

/** Closes a fake and every connection a client left open. */
export async function closeFake(server: Server | undefined): Promise<void> {
  server?.closeAllConnections();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
}
