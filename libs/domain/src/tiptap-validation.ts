import { Node as PmNode, type NodeType, type MarkType } from '@tiptap/pm/model';
import { DomainError } from './errors';
import { ArticleLimits } from './limits';
import { isSafeLinkHref } from './safe-url';
import type { TiptapDoc, TiptapMark, TiptapNode } from './tiptap';
import { toPlainText } from './tiptap-plain-text';
import { attrRule } from './tiptap-attr-rules';
import { bodySchema, markRank } from './tiptap-schema';
import { findStructureProblem } from './tiptap-structure';

// Bodies arrive as untrusted JSON. A first walk never copies an input object: it builds new
// objects from whitelisted keys, node, mark and attribute names of the schema only, so
// "__proto__" or "constructor" keys cannot pollute prototypes, and it counts nodes and depth
// before recursing, so hostile input stays cheap. Then ProseMirror's Node.check() judges the
// copy against the schema derived from the editor's extension list.

const NODE_KEYS = new Set(['type', 'attrs', 'content', 'marks', 'text']);
const MARK_KEYS = new Set(['type', 'attrs']);

interface Walk {
  nodes: number;
}

/**
 * Checks an untrusted Tiptap JSON body against the editor schema and returns a normalised copy
 * holding only allowed keys. Throws DomainError BODY_INVALID, BODY_TOO_LARGE or UNSAFE_LINK
 * with `details.path` pointing at the offending part.
 */
export function validateTiptapDoc(input: unknown): TiptapDoc {
  if (!isPlainObject(input) || input.type !== 'doc') invalid('Der Text muss ein Tiptap-Dokument sein.', '');
  const node = validateNode(input, '', 1, { nodes: 0 });
  const doc: TiptapDoc = {
    type: 'doc',
    content: node.content?.length ? node.content : [{ type: 'paragraph' }],
  };
  checkAgainstSchema(doc);
  if (toPlainText(doc).length > ArticleLimits.bodyMaxChars) {
    throw new DomainError('BODY_TOO_LARGE', undefined, {
      path: '',
      max: ArticleLimits.bodyMaxChars,
    });
  }
  return doc;
}

function validateNode(value: unknown, path: string, depth: number, walk: Walk): TiptapNode {
  if (depth > ArticleLimits.bodyMaxDepth) invalid('Der Text ist zu tief verschachtelt.', path);
  if (++walk.nodes > ArticleLimits.bodyMaxNodes) invalid('Der Text hat zu viele Elemente.', path);
  if (!isPlainObject(value)) invalid('Ein Element des Textes ist kein Objekt.', path);
  checkKeys(value, NODE_KEYS, path);
  const { type } = value;
  const nodeType = schemaType(bodySchema.nodes, type);
  if (!nodeType) invalid(`Der Elementtyp „${describe(type)}“ ist nicht erlaubt.`, join(path, 'type'));
  const node: TiptapNode = { type: nodeType.name };
  const attrs = validateAttrs(value.attrs, nodeType, join(path, 'attrs'));
  if (attrs) node.attrs = attrs;
  const marks = validateMarks(value.marks, join(path, 'marks'));
  if (marks.length > 0) node.marks = marks;
  if (nodeType.isText) node.text = validateText(value.text, join(path, 'text'));
  else if (value.text !== undefined) invalid('Nur Textelemente dürfen Text enthalten.', join(path, 'text'));
  const content = validateContent(value.content, nodeType, path, depth, walk);
  if (content.length > 0) node.content = content;
  return node;
}

function validateContent(value: unknown, nodeType: NodeType, path: string, depth: number, walk: Walk): TiptapNode[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) invalid('Der Inhalt eines Elements muss eine Liste sein.', join(path, 'content'));
  if (nodeType.isLeaf && value.length > 0) invalid('Dieses Element darf keinen Inhalt haben.', join(path, 'content'));
  return value.map((child: unknown, index) => validateNode(child, `${join(path, 'content')}[${index}]`, depth + 1, walk));
}

// The copy holds only schema names and checked values, so Node.fromJSON cannot fail on it;
// Node.check() then applies the content expressions and mark rules of the extension list.
function checkAgainstSchema(doc: TiptapDoc): void {
  const node = PmNode.fromJSON(bodySchema, doc);
  try {
    node.check();
  } catch {
    const problem = findStructureProblem(node, '');
    invalid(problem?.message ?? 'Der Text passt nicht zum Schema des Editors.', problem?.path ?? '');
  }
}

function validateText(value: unknown, path: string): string {
  if (typeof value !== 'string' || value.length === 0) invalid('Ein Textelement braucht Text.', path);
  return value;
}

// Mark order carries no meaning; the copy keeps the schema's order, which Node.check() expects.
function validateMarks(value: unknown, path: string): TiptapMark[] {
  if (value === undefined || value === null || (Array.isArray(value) && value.length === 0)) return [];
  if (!Array.isArray(value)) invalid('Formatierungen müssen eine Liste sein.', path);
  const seen = new Set<string>();
  const marks = value.map((mark: unknown, index) => {
    const markPath = `${path}[${index}]`;
    const result = validateMark(mark, markPath);
    if (seen.has(result.type)) invalid(`Die Formatierung „${result.type}“ ist doppelt.`, markPath);
    seen.add(result.type);
    return result;
  });
  return marks.sort((a, b) => markRank(a.type) - markRank(b.type));
}

function validateMark(value: unknown, path: string): TiptapMark {
  if (!isPlainObject(value)) invalid('Eine Formatierung ist kein Objekt.', path);
  checkKeys(value, MARK_KEYS, path);
  const markType = schemaType(bodySchema.marks, value.type);
  if (!markType) invalid(`Die Formatierung „${describe(value.type)}“ ist nicht erlaubt.`, join(path, 'type'));
  const mark: TiptapMark = { type: markType.name };
  const attrs = validateAttrs(value.attrs, markType, join(path, 'attrs'));
  if (markType.name === 'link' && attrs) attrs.href = validateHref(attrs.href, join(path, 'attrs.href'));
  if (attrs) mark.attrs = attrs;
  return mark;
}

function validateHref(value: unknown, path: string): string {
  const href = String(value).trim();
  if (href.length > ArticleLimits.urlMax) invalid('Die Link-Adresse ist zu lang.', path);
  if (!isSafeLinkHref(href)) {
    throw new DomainError('UNSAFE_LINK', 'Links müssen mit http:, https:, mailto: oder tel: beginnen.', { path });
  }
  return href;
}

// Attribute names come from the schema; their values from the rules Tiptap leaves open.
function validateAttrs(value: unknown, type: NodeType | MarkType, path: string): Record<string, unknown> | undefined {
  if (value === undefined || value === null) value = {};
  if (!isPlainObject(value)) invalid('Attribute müssen ein Objekt sein.', path);
  const given = value;
  const known = type.spec.attrs ?? {};
  const attrs: Record<string, unknown> = {};
  for (const key of Object.keys(given)) {
    if (!Object.hasOwn(known, key)) invalid(`Das Attribut „${describe(key)}“ ist nicht erlaubt.`, join(path, key));
    const rule = attrRule(type.name, key);
    if (!rule.check(given[key])) invalid(`Das Attribut „${key}“ erwartet: ${rule.expected}.`, join(path, key));
    attrs[key] = given[key];
  }
  for (const key of Object.keys(known)) {
    if (attrRule(type.name, key).required && !Object.hasOwn(attrs, key)) invalid(`Das Attribut „${key}“ fehlt.`, join(path, key));
  }
  return Object.keys(attrs).length > 0 ? attrs : undefined;
}

function schemaType<T>(types: Readonly<Record<string, T>>, name: unknown): T | undefined {
  return typeof name === 'string' && Object.hasOwn(types, name) ? types[name] : undefined;
}

function checkKeys(value: Record<string, unknown>, allowed: ReadonlySet<string>, path: string): void {
  for (const key of Object.keys(value)) {
    if (!allowed.has(key)) invalid(`Das Feld „${describe(key)}“ ist nicht erlaubt.`, join(path, key));
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

// Keeps error messages short when a client sends a huge key or type name.
function describe(value: unknown): string {
  return String(value).slice(0, 40);
}

function invalid(message: string, path: string): never {
  throw new DomainError('BODY_INVALID', message, { path });
}
