/** A request body sent verbatim, with its content type and extra headers. */
export interface RawBody {
  label: string;
  body: string;
  contentType?: string;
  headers?: Record<string, string>;
}

const OVERSIZED = `{"title":"${'x'.repeat(600 * 1024)}"}`;

/**
 * Bodies the request pipeline must refuse before any handler runs: malformed JSON, JSON that is
 * not an object or array, prototype keys, deep nesting, oversized bodies and other media types.
 * They are safe to send to every write route, also to routes that take no body at all.
 */
export const RAW_BODIES: readonly RawBody[] = [
  { label: 'unterminated object', body: '{' },
  { label: 'missing value', body: '{"a":' },
  { label: 'trailing comma', body: '{"a":1,}' },
  { label: 'single quotes', body: "{'a':1}" },
  { label: 'unterminated array', body: '[1,2' },
  { label: 'NaN literal', body: '{"a":NaN}' },
  { label: 'undefined literal', body: 'undefined' },
  { label: 'leading zero', body: '{"a":01}' },
  { label: 'invalid escape', body: '{"a":"\\x41"}' },
  { label: 'raw control character', body: '{"a":"\u0001\u0000"}' },
  { label: 'comment', body: '{/* x */}' },
  { label: 'two documents', body: '{}{}' },
  { label: 'JSON null', body: 'null' },
  { label: 'JSON string', body: '"text"' },
  { label: 'JSON number', body: '12345' },
  { label: 'JSON true', body: 'true' },
  { label: 'escaped NUL', body: '{"a":"\\u0000"}' },
  { label: 'escaped lone surrogate', body: '{"a":"\\ud800"}' },
  { label: 'NUL in a key', body: '{"a\\u0000":1}' },
  { label: '__proto__ key', body: '{"__proto__":{"isAdmin":true}}' },
  { label: 'nested __proto__ key', body: '{"a":[{"b":{"__proto__":{"isAdmin":true}}}]}' },
  { label: 'constructor.prototype', body: '{"constructor":{"prototype":{"isAdmin":true}}}' },
  { label: 'array with __proto__', body: '[{"__proto__":{"polluted":1}}]' },
  { label: 'array nesting 100,000 deep', body: `${'['.repeat(100_000)}${']'.repeat(100_000)}` },
  { label: 'object nesting 5,000 deep', body: `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}` },
  { label: 'nesting 65 deep', body: `${'{"a":'.repeat(65)}1${'}'.repeat(65)}` },
  { label: 'oversized body (600 KiB)', body: OVERSIZED },
  { label: 'gzip claimed, plain sent', body: '{"a":1}', headers: { 'content-encoding': 'gzip' } },
  { label: 'unknown content encoding', body: '{"a":1}', headers: { 'content-encoding': 'br2' } },
  { label: 'text/plain', body: '{"a":1}', contentType: 'text/plain' },
  { label: 'form post', body: 'a=1&b=%3Cscript%3E', contentType: 'application/x-www-form-urlencoded' },
  {
    label: 'multipart',
    body: '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--x--',
    contentType: 'multipart/form-data; boundary=x',
  },
  {
    label: 'XML',
    body: '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><a>&x;</a>',
    contentType: 'application/xml',
  },
  { label: 'HTML', body: '<script>alert(1)</script>', contentType: 'text/html' },
  { label: 'JSON look-alike type', body: '{"a":1}', contentType: 'application/jsonx' },
  { label: 'JSON patch type', body: '[{"op":"add","path":"/a","value":1}]', contentType: 'application/json-patch+json' },
  { label: 'UTF-16 charset', body: '{"a":1}', contentType: 'application/json; charset=utf-16' },
  { label: 'unsupported charset', body: '{"a":1}', contentType: 'application/json; charset=ebcdic' },
];

/** Path parameter values every route must refuse (already URL-encoded where needed). */
export const HOSTILE_PATH_VALUES: readonly string[] = [
  '%00',
  '%ED%A0%80',
  '%',
  '%zz',
  '..%2F..%2Fetc%2Fpasswd',
  '-1',
  '1.5',
  '99999999999999999999',
  '0x1F',
  'NaN',
  'undefined',
  'A'.repeat(4000),
];
