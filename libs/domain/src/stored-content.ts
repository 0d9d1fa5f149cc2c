import {
  BSC_RESOLUTIONS,
  LINK_KINDS,
  NONEABLE_FIELDS,
  type ArticleContent,
  type ArticleLink,
  type ContactOverride,
  type RequiredDocument,
} from './article';
import type { TiptapDoc, TiptapMark, TiptapNode } from './tiptap';

// Content is validated where it is written (DTOs, validateTiptapDoc, the importer); reading it
// back from a JSONB column only checks its shape, so that a row a writer got wrong fails where
// it is read, naming the field, instead of surfacing later as undefined in a search document.

type Fields = Readonly<Record<string, unknown>>;

/** Article content read from a JSONB column (a version or a draft), checked field by field; throws naming the field. */
export function parseStoredContent(value: unknown): ArticleContent {
  const c = fields(value, 'content');
  const content: ArticleContent = {
    title: text(c, 'title'),
    keywords: list(c, 'keywords', (k, at) => textValue(k, at)),
    shortAnswer: text(c, 'shortAnswer'),
    body: tiptapDoc(c.body),
    documents: list(c, 'documents', requiredDocument),
    prerequisites: text(c, 'prerequisites'),
    fees: text(c, 'fees'),
    procedure: text(c, 'procedure'),
    processingTime: text(c, 'processingTime'),
    deadlines: text(c, 'deadlines'),
    links: list(c, 'links', link),
    legalBasis: text(c, 'legalBasis'),
    contactOverride: c.contactOverride === null ? null : contactOverride(c.contactOverride),
    leikaKey: c.leikaKey === null ? null : text(c, 'leikaKey'),
    bscResolution: oneOf(c.bscResolution, BSC_RESOLUTIONS, 'bscResolution'),
  };
  // Absent in content stored before issue 14; kept absent so the content reads as it was stored.
  if (c.statedNone !== undefined) content.statedNone = list(c, 'statedNone', (f, at) => oneOf(f, NONEABLE_FIELDS, at));
  return content;
}

function fields(value: unknown, at: string): Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`${at} is not an object`);
  return Object.fromEntries(Object.entries(value));
}

function textValue(value: unknown, at: string): string {
  if (typeof value !== 'string') throw new Error(`${at} is not text`);
  return value;
}

function text(c: Fields, key: string): string {
  return textValue(c[key], key);
}

function optionalText(c: Fields, key: string, at: string): string | undefined {
  return c[key] === undefined ? undefined : textValue(c[key], `${at}.${key}`);
}

function list<T>(c: Fields, key: string, item: (value: unknown, at: string) => T): T[] {
  const value = c[key];
  if (!Array.isArray(value)) throw new Error(`${key} is not a list`);
  return value.map((v: unknown, i) => item(v, `${key}[${i}]`));
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], at: string): T {
  const found = allowed.find((a) => a === value);
  if (found === undefined) throw new Error(`${at}: unknown value ${String(value)}`);
  return found;
}

function requiredDocument(value: unknown, at: string): RequiredDocument {
  const d = fields(value, at);
  const documentId = textValue(d.documentId, `${at}.documentId`);
  const note = optionalText(d, 'note', at);
  return note === undefined ? { documentId } : { documentId, note };
}

function link(value: unknown, at: string): ArticleLink {
  const l = fields(value, at);
  return { label: textValue(l.label, `${at}.label`), url: textValue(l.url, `${at}.url`), kind: oneOf(l.kind, LINK_KINDS, `${at}.kind`) };
}

function contactOverride(value: unknown): ContactOverride {
  const o = fields(value, 'contactOverride');
  const override: ContactOverride = {};
  for (const key of ['phone', 'email', 'room', 'note'] as const) {
    const v = optionalText(o, key, 'contactOverride');
    if (v !== undefined) override[key] = v;
  }
  return override;
}

function tiptapDoc(value: unknown): TiptapDoc {
  if (!isNode(value) || value.type !== 'doc' || !value.content) throw new Error('body is not a Tiptap document');
  return { ...value, type: 'doc', content: value.content };
}

function isNode(value: unknown): value is TiptapNode {
  if (typeof value !== 'object' || value === null) return false;
  const n = fields(value, 'node');
  return (
    typeof n.type === 'string' &&
    (n.text === undefined || typeof n.text === 'string') &&
    (n.attrs === undefined || isObject(n.attrs)) &&
    (n.content === undefined || (Array.isArray(n.content) && n.content.every(isNode))) &&
    (n.marks === undefined || (Array.isArray(n.marks) && n.marks.every(isMark)))
  );
}

function isMark(value: unknown): value is TiptapMark {
  if (typeof value !== 'object' || value === null) return false;
  const m = fields(value, 'mark');
  return typeof m.type === 'string' && (m.attrs === undefined || isObject(m.attrs));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
