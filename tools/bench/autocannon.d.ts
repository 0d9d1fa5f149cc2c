// autocannon ships no types and @types/autocannon is not installed: the part the bench uses.
declare module 'autocannon' {
  import type { EventEmitter } from 'node:events';

  namespace autocannon {
    interface Request {
      method?: string;
      path?: string;
      headers?: Record<string, string>;
      body?: string;
      setupRequest?: (request: Request, context: Record<string, unknown>) => Request;
    }

    interface Options {
      url: string;
      connections?: number;
      /** Seconds; ignored when amount is set. */
      duration?: number;
      amount?: number;
      timeout?: number;
      sampleInt?: number;
      requests?: Request[];
      headers?: Record<string, string>;
      method?: string;
      body?: string;
    }

    interface Result {
      errors: number;
      timeouts: number;
      non2xx: number;
      resets: number;
      duration: number;
      statusCodeStats: Record<string, { count: number }>;
    }

    interface Instance extends EventEmitter {
      stop(): void;
    }
  }

  function autocannon(options: autocannon.Options, callback: (error: Error | null, result: autocannon.Result) => void): autocannon.Instance;

  export = autocannon;
}
