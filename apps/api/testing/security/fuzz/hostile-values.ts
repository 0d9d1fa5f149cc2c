/**
 * Values no field of the API may accept, grouped by what the field expects. Every entry is
 * invalid for its group on purpose: the fuzz test asserts that nothing is written, so an
 * entry that some field accepts would not be "malformed" but a legitimate change.
 */

/** Longer than every string limit of the API (the largest is the article body, 100,000 chars). */
export const HUGE_STRING = 'A'.repeat(100_001);

/** Strings PostgreSQL cannot store; the request hardening refuses them anywhere in a request. */
export const UNSTORABLE_STRINGS: readonly string[] = ['a\u0000b', '\u0000', 'lone \ud800 high', 'lone \udfff low', '\udc00\ud800'];

/**
 * Injection and unicode tricks for fields with a format (ids, codes, enums, dates, URLs, logins).
 * Each contains a character outside [A-Za-z0-9._-] or is too long, so that no login, department
 * code or enum value can accidentally match.
 */
export const HOSTILE_TOKENS: readonly string[] = [
  "' OR '1'='1",
  "1'; DROP TABLE users; --",
  '1 UNION SELECT password_hash FROM users',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  '../../../../etc/passwd',
  '%00',
  '%2e%2e%2f',
  '${7*7}',
  '{{constructor.constructor("return process")()}}',
  '\u202Egnp.exe',
  'adm\u200Bin',
  'e\u0301',
  '\uFEFFBOM',
  '１２３４',
  'Ａｄｍｉｎ',
  '😀😀',
  'null ',
  ' ',
  '\t\n',
  'a'.repeat(300),
  '00000000-0000-4000-8000-00000000000G',
  '2026-13-45T25:61:00Z',
];

/** Wrong JSON types for a string field. */
export const NOT_STRINGS: readonly unknown[] = [12345, -1.5, true, false, {}, [], ['x'], { $gt: '' }];

/** Values an integer field must refuse, even after a Number() coercion. */
export const NOT_INTEGERS: readonly unknown[] = [1.5, -1, 'abc', {}, [1, 2], 2 ** 53 + 2, 'Infinity', { valueOf: 1 }];

/** Values a boolean field must refuse. */
export const NOT_BOOLEANS: readonly unknown[] = ['true', 'false', 1, 0, null, {}, [], 'ja'];

/** Replacements for an object (none of them null: some objects are nullable). */
export const NOT_OBJECTS: readonly unknown[] = ['x', 12345, true, [1, 2, 3]];

/** Replacements for an array. */
export const NOT_ARRAYS: readonly unknown[] = ['x', 12345, true, { length: 1, 0: 'x' }];
