import http from 'node:http';
import https from 'node:https';

/** What Meilisearch answers to a search: the hits as JSON values, to be checked by the caller. */
export interface SearchAnswer {
  hits: unknown[];
  estimatedTotalHits?: number;
}

/** Meilisearch refused the request (4xx): a bug in our request, not an outage. */
export class MeilisearchRejectedError extends Error {
  constructor(status: number, body: string) {
    super(`Meilisearch answered HTTP ${status}: ${body.slice(0, 300)}`);
    this.name = 'MeilisearchRejectedError';
  }
}

/** No answer in time, a refused or broken connection, or a 5xx. */
export class MeilisearchUnreachableError extends Error {
  constructor(message: string, options?: { cause: unknown }) {
    super(message, options);
    this.name = 'MeilisearchUnreachableError';
  }
}

/**
 * `POST /indexes/<uid>/search` over node:http with kept-alive connections: the one request of
 * every agent search. meilisearch-js sends it with fetch (undici), which cost 2.5 ms of CPU and
 * 15 ms per search against 0.9 ms and 9 ms for the same request over node:http (median of 256,
 * 3,000 articles, 2 shared cores). The client library keeps every other call (settings,
 * documents, tasks), where a millisecond does not matter.
 */
export class MeilisearchSearchRequest {
  private readonly url: URL;
  private readonly agent: http.Agent;
  private readonly transport: typeof http | typeof https;

  constructor(
    host: string,
    private readonly apiKey: string,
    private readonly timeoutMs: number,
  ) {
    this.url = new URL(host.endsWith('/') ? host : `${host}/`);
    this.transport = this.url.protocol === 'https:' ? https : http;
    this.agent = new this.transport.Agent({ keepAlive: true });
  }

  async search(indexUid: string, body: Record<string, unknown>): Promise<SearchAnswer> {
    const payload = JSON.stringify(body);
    const url = new URL(`indexes/${encodeURIComponent(indexUid)}/search`, this.url);
    let answer: { status: number; text: string };
    try {
      answer = await this.post(url, payload);
    } catch (error) {
      // A kept-alive connection the server closed just as we reused it: the search is
      // idempotent, so it is sent once more on a fresh connection (Node's documented remedy).
      if (!(error instanceof StaleConnectionError)) throw error;
      answer = await this.post(url, payload);
    }
    if (answer.status >= 500) throw new MeilisearchUnreachableError(`Meilisearch answered HTTP ${answer.status}`);
    if (answer.status >= 400) throw new MeilisearchRejectedError(answer.status, answer.text);
    return toSearchAnswer(JSON.parse(answer.text));
  }

  private post(url: URL, payload: string): Promise<{ status: number; text: string }> {
    return new Promise((resolve, reject) => {
      const request = this.transport.request(url, {
        method: 'POST',
        agent: this.agent,
        headers: {
          'Content-Type': 'application/json',
          'Content-Length': Buffer.byteLength(payload),
          Authorization: `Bearer ${this.apiKey}`,
          // Uncompressed: over loopback/LAN, compressing a search answer cost ~40 ms (issue 5).
          'Accept-Encoding': 'identity',
        },
      });
      // The whole exchange, answer body included, as meilisearch-js' `timeout` did.
      const timer = setTimeout(
        () => request.destroy(new MeilisearchUnreachableError(`no answer from Meilisearch within ${this.timeoutMs} ms`)),
        this.timeoutMs,
      );
      const fail = (error: Error) => {
        clearTimeout(timer);
        const code = 'code' in error ? error.code : undefined;
        if (request.reusedSocket && (code === 'ECONNRESET' || code === 'EPIPE')) reject(new StaleConnectionError());
        else
          reject(error instanceof MeilisearchUnreachableError ? error : new MeilisearchUnreachableError(String(error), { cause: error }));
      };
      request.on('error', fail);
      request.on('response', (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', fail);
        response.on('end', () => {
          clearTimeout(timer);
          resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') });
        });
      });
      request.end(payload);
    });
  }
}

class StaleConnectionError extends Error {}

function toSearchAnswer(value: unknown): SearchAnswer {
  if (typeof value !== 'object' || value === null || !('hits' in value) || !Array.isArray(value.hits)) {
    throw new Error('Meilisearch answered a search without hits');
  }
  const total = 'estimatedTotalHits' in value && typeof value.estimatedTotalHits === 'number' ? value.estimatedTotalHits : undefined;
  return { hits: value.hits, estimatedTotalHits: total };
}
