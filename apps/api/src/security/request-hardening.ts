import { DomainError } from '@bsc/domain';
import type { NextFunction, Request, Response } from 'express';
import { TextDecoder } from 'node:util';

/**
 * Deepest JSON nesting a request may carry. A Tiptap body at its own limit (20 node levels,
 * two JSON levels each) fits comfortably; anything deeper would only exercise the recursion of
 * class-transformer and class-validator, which overflow the stack (a 500) at a few thousand levels.
 */
export const MAX_JSON_DEPTH = 64;

// Keys that reach Object.prototype when a library copies them with plain assignment.
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
// PostgreSQL text cannot hold U+0000, and a lone UTF-16 surrogate cannot be encoded as UTF-8:
// both would otherwise fail (or be silently replaced) only when the row is written.
const UNSTORABLE_CHARACTER = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Writes with a body must be JSON: form posts (a CSRF vector) and other types get 415. */
export function requireJsonBody(req: Request, _res: Response, next: NextFunction): void {
  const hasBody = Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
  if (WRITE_METHODS.has(req.method) && hasBody && !req.is('application/json')) {
    next(new DomainError('UNSUPPORTED_MEDIA_TYPE'));
    return;
  }
  next();
}

/**
 * Refuses parsed input that no handler should ever see: prototype keys, nesting deeper than
 * MAX_JSON_DEPTH, and strings PostgreSQL cannot store. Checks the JSON body, the query string
 * and the decoded path, so that every route is covered without each DTO repeating it.
 */
export function rejectHostileInput(req: Request, _res: Response, next: NextFunction): void {
  const problem = inspect(req.body, 'body') ?? inspect(req.query, 'query') ?? inspectPath(req.path);
  next(problem);
}

/**
 * body-parser `verify`: the raw body must be valid text in its declared charset. Without this
 * check an invalid UTF-8 byte or an unpaired UTF-16 surrogate is decoded as U+FFFD and stored.
 */
export function requireWellFormedText(_req: Request, _res: Response, body: Buffer, encoding: string): void {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(encoding, { fatal: true });
  } catch {
    throw new DomainError('UNSUPPORTED_MEDIA_TYPE');
  }
  try {
    decoder.decode(body);
  } catch {
    throw new DomainError('INVALID_TEXT_ENCODING');
  }
}

/** API answers carry personal and unpublished data: no browser or proxy may cache them. */
export function noStore(_req: Request, res: Response, next: NextFunction): void {
  res.setHeader('Cache-Control', 'no-store');
  next();
}

function inspectPath(path: string): DomainError | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return new DomainError('MALFORMED_REQUEST');
  }
  return UNSTORABLE_CHARACTER.test(decoded) ? unstorable('path') : undefined;
}

/** Iterative walk: a recursive one would overflow on exactly the input it is meant to refuse. */
function inspect(root: unknown, where: string): DomainError | undefined {
  const stack: { value: unknown; depth: number }[] = [{ value: root, depth: 0 }];
  while (stack.length > 0) {
    const { value, depth } = stack.pop() as { value: unknown; depth: number };
    if (typeof value === 'string') {
      if (UNSTORABLE_CHARACTER.test(value)) return unstorable(where);
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= MAX_JSON_DEPTH) return new DomainError('MALFORMED_REQUEST', 'Die Anfrage ist zu tief verschachtelt.', { where });
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key))
        return new DomainError('MALFORMED_REQUEST', 'Die Anfrage enthält einen nicht erlaubten Schlüssel.', { where, key });
      if (UNSTORABLE_CHARACTER.test(key)) return unstorable(where);
      stack.push({ value: (value as Record<string, unknown>)[key], depth: depth + 1 });
    }
  }
  return undefined;
}

function unstorable(where: string): DomainError {
  return new DomainError('VALIDATION_FAILED', 'Die Eingabe enthält nicht erlaubte Zeichen (Nullzeichen oder ungültiges Unicode).', {
    where,
  });
}
