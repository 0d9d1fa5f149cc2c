import { DomainError } from '@bsc/domain';
import type { NextFunction, Request, Response } from 'express';
import { MAX_JSON_DEPTH, rejectHostileInput } from './request-hardening';

function run(input: { body?: unknown; query?: Record<string, unknown>; path?: string }): DomainError | undefined {
  let passed: unknown = 'not called';
  const next: NextFunction = (error?: unknown) => {
    passed = error;
  };
  const req = { body: input.body, query: input.query ?? {}, path: input.path ?? '/v1/articles' } as Request;
  rejectHostileInput(req, {} as Response, next);
  return passed as DomainError | undefined;
}

function nestedArrays(depth: number): unknown {
  let value: unknown = 'x';
  for (let i = 0; i < depth; i += 1) value = [value];
  return value;
}

describe(rejectHostileInput.name, () => {
  it('lets ordinary German text, emoji and bidi text through', () => {
    expect(run({ body: { title: 'Führerschein – Umtausch 😀 ‏مرحبا', list: [{ a: 1 }] } })).toBeUndefined();
  });

  it.each([['__proto__'], ['constructor'], ['prototype']])('refuses the key %s at any depth (MALFORMED_REQUEST)', (key) => {
    const body = JSON.parse(`{"a":[{"b":{"${key}":{"isAdmin":true}}}]}`) as unknown;
    expect(run({ body })?.code).toBe('MALFORMED_REQUEST');
  });

  it(`accepts nesting up to ${MAX_JSON_DEPTH} levels and refuses deeper (without recursion)`, () => {
    expect(run({ body: nestedArrays(MAX_JSON_DEPTH) })).toBeUndefined();
    expect(run({ body: nestedArrays(MAX_JSON_DEPTH + 1) })?.code).toBe('MALFORMED_REQUEST');
    expect(run({ body: nestedArrays(200_000) })?.code).toBe('MALFORMED_REQUEST');
  });

  it.each([['a\u0000b'], ['\ud800'], ['x\udfff'], ['\udc00\ud800']])(
    'refuses the unstorable string %j in bodies, keys and queries',
    (text) => {
      expect(run({ body: { title: text } })?.code).toBe('VALIDATION_FAILED');
      expect(run({ body: { [text]: 1 } })?.code).toBe('VALIDATION_FAILED');
      expect(run({ query: { q: text } })?.code).toBe('VALIDATION_FAILED');
    },
  );

  it('accepts surrogate pairs (astral characters)', () => {
    expect(run({ body: { title: '\ud83d\ude00 \u{1F3DB}' } })).toBeUndefined();
  });

  it('refuses a NUL or malformed escape in the path', () => {
    expect(run({ path: '/v1/articles/%00' })?.code).toBe('VALIDATION_FAILED');
    expect(run({ path: '/v1/articles/%E0%A4%A' })?.code).toBe('MALFORMED_REQUEST');
  });
});
