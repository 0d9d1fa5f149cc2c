import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { jsonLogger } from './json-logger';

interface RequestContext {
  correlationId: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

/** The correlation id of the request being handled, or a fresh one outside a request. */
export function currentCorrelationId(): string {
  return storage.getStore()?.correlationId ?? randomUUID();
}

const REQUEST_ID_PATTERN = /^[A-Za-z0-9._-]{8,100}$/;

/** Express middleware: assigns a correlation id (or accepts a sane `x-request-id`) and logs the request. */
export function requestContextMiddleware(req: Request, res: Response, next: NextFunction): void {
  const incoming = req.header('x-request-id');
  const correlationId = incoming && REQUEST_ID_PATTERN.test(incoming) ? incoming : randomUUID();
  const started = process.hrtime.bigint();
  res.setHeader('x-request-id', correlationId);
  res.on('finish', () => {
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    // The query string is not logged: agents type citizens' words, which may be personal data.
    jsonLogger.info('request', { correlationId, method: req.method, path: req.path, status: res.statusCode, ms: Math.round(ms * 10) / 10 });
  });
  storage.run({ correlationId }, () => next());
}
