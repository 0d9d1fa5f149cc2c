import { DomainError } from './errors';
import { ArticleLimits } from './limits';
import { isSafeLinkHref } from './safe-url';
import type { TiptapDoc, TiptapMark, TiptapNode } from './tiptap';
import { toPlainText } from './tiptap-plain-text';
import {
  type AttrSpec,
  BLOCK_NODE_TYPES,
  type ChildKind,
  INLINE_NODE_TYPES,
  MARK_SPECS,
  NODE_SPECS,
  type NodeSpec,
  isTiptapMarkType,
  isTiptapNodeType,
} from './tiptap-schema';

// Bodies arrive as untrusted JSON. The validator never copies an input object: it builds new
// objects from whitelisted keys only, so "__proto__" or "constructor" keys cannot pollute
// prototypes, and it counts nodes and depth before recursing, so hostile input stays cheap.

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
  const spec = isTiptapNodeType(type) ? NODE_SPECS.get(type) : undefined;
  if (!spec) invalid(`Der Elementtyp „${describe(type)}“ ist nicht erlaubt.`, join(path, 'type'));
  const node: TiptapNode = { type: String(type) };
  const attrs = validateAttrs(value.attrs, spec.attrs, join(path, 'attrs'));
  if (attrs) node.attrs = attrs;
  const marks = validateMarks(value.marks, spec, join(path, 'marks'));
  if (marks.length > 0) node.marks = marks;
  if (type === 'text') node.text = validateText(value.text, join(path, 'text'));
  else if (value.text !== undefined) invalid('Nur Textelemente dürfen Text enthalten.', join(path, 'text'));
  const content = validateContent(value.content, spec, path, depth, walk);
  if (content.length > 0) node.content = content;
  checkShape(node, spec, path);
  return node;
}

function validateContent(value: unknown, spec: NodeSpec, path: string, depth: number, walk: Walk): TiptapNode[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) invalid('Der Inhalt eines Elements muss eine Liste sein.', join(path, 'content'));
  if (spec.children === 'none' && value.length > 0) {
    invalid('Dieses Element darf keinen Inhalt haben.', join(path, 'content'));
  }
  return value.map((child: unknown, index) => {
    const childPath = `${join(path, 'content')}[${index}]`;
    const childType = isPlainObject(child) ? child.type : undefined;
    if (isTiptapNodeType(childType) && !allowsChild(spec.children, childType)) {
      invalid(`„${childType}“ ist an dieser Stelle nicht erlaubt.`, childPath);
    }
    return validateNode(child, childPath, depth + 1, walk);
  });
}

function allowsChild(kind: ChildKind, type: string): boolean {
  switch (kind) {
    case 'block':
      return BLOCK_NODE_TYPES.has(type);
    case 'inline':
      return INLINE_NODE_TYPES.has(type);
    case 'plainText':
      return type === 'text';
    case 'listItem':
      return type === 'listItem';
    case 'none':
      return false;
  }
}

function checkShape(node: TiptapNode, spec: NodeSpec, path: string): void {
  const content = node.content ?? [];
  if (spec.nonEmpty && content.length === 0) invalid(`„${node.type}“ darf nicht leer sein.`, path);
  if (node.type === 'listItem' && content[0]?.type !== 'paragraph') {
    invalid('Ein Listenpunkt muss mit einem Absatz beginnen.', `${join(path, 'content')}[0]`);
  }
  if (spec.children === 'plainText' && content.some((child) => child.marks)) {
    invalid('Text in einem Codeblock darf nicht formatiert sein.', join(path, 'content'));
  }
}

function validateText(value: unknown, path: string): string {
  if (typeof value !== 'string' || value.length === 0) invalid('Ein Textelement braucht Text.', path);
  return value;
}

function validateMarks(value: unknown, spec: NodeSpec, path: string): TiptapMark[] {
  if (value === undefined || value === null || (Array.isArray(value) && value.length === 0)) return [];
  if (!spec.marks) invalid('Dieses Element darf nicht formatiert sein.', path);
  if (!Array.isArray(value)) invalid('Formatierungen müssen eine Liste sein.', path);
  const seen = new Set<string>();
  return value.map((mark: unknown, index) => {
    const markPath = `${path}[${index}]`;
    const result = validateMark(mark, markPath);
    if (seen.has(result.type)) invalid(`Die Formatierung „${result.type}“ ist doppelt.`, markPath);
    seen.add(result.type);
    return result;
  });
}

function validateMark(value: unknown, path: string): TiptapMark {
  if (!isPlainObject(value)) invalid('Eine Formatierung ist kein Objekt.', path);
  checkKeys(value, MARK_KEYS, path);
  const { type } = value;
  const attrSpecs = isTiptapMarkType(type) ? MARK_SPECS.get(type) : undefined;
  if (!attrSpecs) invalid(`Die Formatierung „${describe(type)}“ ist nicht erlaubt.`, join(path, 'type'));
  const mark: TiptapMark = { type: String(type) };
  const attrs = validateAttrs(value.attrs, attrSpecs, join(path, 'attrs'));
  if (type === 'link' && attrs) attrs.href = validateHref(attrs.href, join(path, 'attrs.href'));
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

function validateAttrs(value: unknown, specs: Readonly<Record<string, AttrSpec>>, path: string): Record<string, unknown> | undefined {
  if (value === undefined || value === null) value = {};
  if (!isPlainObject(value)) invalid('Attribute müssen ein Objekt sein.', path);
  const given = value;
  const attrs: Record<string, unknown> = {};
  for (const key of Object.keys(given)) {
    const spec = Object.hasOwn(specs, key) ? specs[key] : undefined;
    if (!spec) invalid(`Das Attribut „${describe(key)}“ ist nicht erlaubt.`, join(path, key));
    if (!spec.check(given[key])) invalid(`Das Attribut „${key}“ erwartet: ${spec.expected}.`, join(path, key));
    attrs[key] = given[key];
  }
  for (const [key, spec] of Object.entries(specs)) {
    if (spec.required && !Object.hasOwn(attrs, key)) invalid(`Das Attribut „${key}“ fehlt.`, join(path, key));
  }
  return Object.keys(attrs).length > 0 ? attrs : undefined;
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
