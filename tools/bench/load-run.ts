import autocannon from 'autocannon';

/** Where the load goes, and the next request to send (called once per request). */
export interface LoadTarget {
  url: string;
  next: () => { method: 'GET' | 'POST'; path: string; headers: Record<string, string>; body?: string };
}

/** How much load: `connections` in parallel, either `amount` requests or `durationSeconds`. */
export interface LoadShape {
  connections: number;
  amount?: number;
  durationSeconds?: number;
}

/** Per-request latencies (ms) and outcomes of one run. */
export interface LoadResult {
  latenciesMs: number[];
  statusCounts: Record<string, number>;
  /** Connection errors and timeouts (no HTTP answer at all). */
  errors: number;
  non2xx: number;
  wallMs: number;
  requestsPerSecond: number;
}

/**
 * Runs autocannon and records every response (autocannon's own summary has no p95 and its
 * duration includes up to one sample interval of idling): throughput = answers / time from
 * start to the last answer.
 */
export function runLoad(target: LoadTarget, shape: LoadShape): Promise<LoadResult> {
  const latenciesMs: number[] = [];
  const statusCounts: Record<string, number> = {};
  const started = performance.now();
  let lastAnswer = started;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: target.url,
        connections: shape.connections,
        ...(shape.amount === undefined ? { duration: shape.durationSeconds ?? 10 } : { amount: shape.amount }),
        timeout: 10,
        sampleInt: 100,
        requests: [{ setupRequest: (request) => ({ ...request, ...target.next() }) }],
      },
      (error, result) => {
        if (error) return reject(error);
        const wallMs = lastAnswer - started;
        resolve({
          latenciesMs,
          statusCounts,
          errors: result.errors,
          non2xx: result.non2xx,
          wallMs,
          requestsPerSecond: wallMs > 0 ? (latenciesMs.length / wallMs) * 1000 : 0,
        });
      },
    );
    instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTimeMs: number) => {
      lastAnswer = performance.now();
      latenciesMs.push(responseTimeMs);
      statusCounts[statusCode] = (statusCounts[statusCode] ?? 0) + 1;
    });
  });
}

/** Cycles through a list: each call returns the next entry (shared by all connections). */
export function cycle<T>(items: readonly T[]): () => T {
  let index = 0;
  return () => items[index++ % items.length];
}
