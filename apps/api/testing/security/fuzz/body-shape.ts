import {
  HOSTILE_TOKENS,
  HUGE_STRING,
  NOT_ARRAYS,
  NOT_BOOLEANS,
  NOT_INTEGERS,
  NOT_OBJECTS,
  NOT_STRINGS,
  UNSTORABLE_STRINGS,
} from './hostile-values';
import { INVALID_TIPTAP_DOCS } from './invalid-tiptap';

/**
 * What a leaf of a request body is: free `text` (any string within a limit), a `token` (a
 * string with a format: id, enum, code, date, URL), an `int`, a `bool` or a Tiptap document.
 */
export type LeafKind = 'text' | 'token' | 'int' | 'bool' | 'tiptap';

/** A leaf of a body template: its kind decides which replacements are certainly invalid. */
export class Leaf {
  constructor(
    readonly kind: LeafKind,
    readonly value: unknown,
  ) {}
}

/** A valid request body with typed leaves. */
export type Shape = Leaf | Shape[] | { [key: string]: Shape };

export const text = (value: string) => new Leaf('text', value);
export const token = (value: string) => new Leaf('token', value);
export const int = (value: number) => new Leaf('int', value);
export const bool = (value: boolean) => new Leaf('bool', value);
export const tiptap = (value: unknown) => new Leaf('tiptap', value);

/** One malformed body derived from a template. */
export interface BodyMutation {
  label: string;
  body: unknown;
}

/** The plain JSON value of a template. */
export function materialize(shape: Shape): unknown {
  if (shape instanceof Leaf) return structuredClone(shape.value);
  if (Array.isArray(shape)) return shape.map(materialize);
  return Object.fromEntries(Object.entries(shape).map(([key, value]) => [key, materialize(value)]));
}

/** Every single-point mutation of the template: one node replaced by a value it must refuse. */
export function mutate(template: Shape): BodyMutation[] {
  const mutations: BodyMutation[] = [];
  walk(template, [], (path, node) => {
    for (const [label, value] of replacementsFor(node)) {
      mutations.push({ label: `${path.join('.') || '(root)'} ← ${label}`, body: replaceAt(materialize(template), path, value) });
    }
  });
  return mutations;
}

function walk(node: Shape, path: (string | number)[], visit: (path: (string | number)[], node: Shape) => void): void {
  visit(path, node);
  if (node instanceof Leaf) return;
  if (Array.isArray(node)) node.forEach((child, index) => walk(child, [...path, index], visit));
  else for (const [key, child] of Object.entries(node)) walk(child, [...path, key], visit);
}

function replacementsFor(node: Shape): [string, unknown][] {
  if (node instanceof Leaf) return leafReplacements(node);
  if (Array.isArray(node)) return arrayReplacements(node);
  return objectReplacements(node);
}

function leafReplacements(leaf: Leaf): [string, unknown][] {
  const strings: unknown[] = [...UNSTORABLE_STRINGS, HUGE_STRING];
  const byKind: Record<LeafKind, unknown[]> = {
    text: [...NOT_STRINGS, ...strings],
    token: [...NOT_STRINGS, ...strings, ...HOSTILE_TOKENS],
    int: [...NOT_INTEGERS, ...strings, ...HOSTILE_TOKENS.slice(0, 4)],
    bool: [...NOT_BOOLEANS, ...strings],
    tiptap: [...INVALID_TIPTAP_DOCS, ...NOT_OBJECTS],
  };
  return byKind[leaf.kind].map((value) => [describe(value), value]);
}

function arrayReplacements(node: Shape[]): [string, unknown][] {
  const element = node.length > 0 ? materialize(node[0]) : 'x';
  return [
    ...NOT_ARRAYS.map((value): [string, unknown] => [describe(value), value]),
    ['extra number element', [...node.map(materialize), 12345]],
    ['extra object element', [...node.map(materialize), { unexpected: true }]],
    ['5,000 elements', Array.from({ length: 5000 }, () => structuredClone(element))],
  ];
}

function objectReplacements(node: { [key: string]: Shape }): [string, unknown][] {
  const plain = materialize(node) as Record<string, unknown>;
  return [
    ...NOT_OBJECTS.map((value): [string, unknown] => [describe(value), value]),
    ['unknown key', { ...plain, isAdmin: true }],
    ['__proto__ key', withOwnKey(plain, '__proto__', { isAdmin: true })],
    ['constructor key', withOwnKey(plain, 'constructor', { prototype: { isAdmin: true } })],
    ['key with bidi override', { ...plain, '\u202Etitle': 'x' }],
  ];
}

/** An own property named like a prototype accessor, as JSON.parse would create it. */
function withOwnKey(object: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  const copy = { ...object };
  Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

function replaceAt(root: unknown, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  let parent = root as Record<string | number, unknown>;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
  parent[path[path.length - 1]] = value;
  return root;
}

function describe(value: unknown): string {
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 40 ? `${json.slice(0, 37)}… (${json.length} chars)` : json;
}
