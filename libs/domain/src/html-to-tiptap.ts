// Converts the HTML of an external service catalogue (DLDB / Zuständigkeitsfinder) into the
// editor's Tiptap schema. The HTML is untrusted and messy (spans and divs from a WYSIWYG
// editor, zero-width spaces, <br> runs, the odd layout table); the output is always a
// document validateTiptapDoc accepts, or that function's DomainError for oversized input.
import { ArticleLimits } from './limits';
import { isSafeLinkHref } from './safe-url';
import { attr, type HtmlElement, type HtmlNode, parseHtml } from './html-tree';
import type { TiptapDoc, TiptapMark, TiptapNode } from './tiptap';
import { cleanInline, flattenInline, TiptapFlow } from './tiptap-flow';
import { toPlainText } from './tiptap-plain-text';
import { bodySchema, markRank } from './tiptap-schema';
import { validateTiptapDoc } from './tiptap-validation';

interface Context {
  marks: readonly TiptapMark[];
  /** Block containers (list, list item, blockquote) around the current position. */
  depth: number;
}

type BlockHandler = (element: HtmlElement, context: Context, flow: TiptapFlow) => void;

const SIMPLE_MARKS: Readonly<Record<string, string>> = {
  strong: 'bold',
  b: 'bold',
  em: 'italic',
  i: 'italic',
  u: 'underline',
  ins: 'underline',
  s: 'strike',
  strike: 'strike',
  del: 'strike',
  code: 'code',
  kbd: 'code',
  tt: 'code',
};

// Elements that end the current paragraph; their content flows on as blocks.
const PARAGRAPH_CONTAINERS = new Set(
  'p div section article header footer main aside nav address center figure figcaption dl dt dd form fieldset legend details summary caption li body html'.split(
    ' ',
  ),
);

// doc + paragraph + text take three levels; a list adds two (list, item), a blockquote one.
const MAX_CONTAINER_DEPTH = ArticleLimits.bodyMaxDepth - 3;

const LIST_TAGS = new Set(['ul', 'ol', 'menu']);

const HEADING_LEVEL: Readonly<Record<string, number>> = {
  h1: 2,
  h2: 2,
  h3: 3,
  h4: 4,
  h5: 4,
  h6: 4,
};

/** Converts catalogue HTML into a valid Tiptap document (see validateTiptapDoc). */
export function htmlToTiptap(html: string): TiptapDoc {
  return validateTiptapDoc(buildDoc(html));
}

/** The plain text of catalogue HTML: one line per paragraph, list item or table row. */
export function htmlToPlainText(html: string): string {
  return toPlainText(buildDoc(html));
}

function buildDoc(html: string): TiptapDoc {
  const blocks = blocksOf(parseHtml(html).children, { marks: [], depth: 0 });
  return { type: 'doc', content: blocks.length > 0 ? blocks : [{ type: 'paragraph' }] };
}

function blocksOf(children: readonly HtmlNode[], context: Context): TiptapNode[] {
  const flow = new TiptapFlow();
  walk(children, context, flow);
  return flow.finish();
}

function walk(children: readonly HtmlNode[], context: Context, flow: TiptapFlow): void {
  for (const child of children) {
    if (typeof child === 'string') flow.addText(child, context.marks);
    else walkElement(child, context, flow);
  }
}

function walkElement(element: HtmlElement, context: Context, flow: TiptapFlow): void {
  const { tag } = element;
  if (tag === 'br') return flow.addBreak();
  const handler = Object.hasOwn(BLOCK_HANDLERS, tag) ? BLOCK_HANDLERS[tag] : undefined;
  if (handler) return handler(element, context, flow);
  const mark = markOf(element);
  walk(element.children, mark ? { ...context, marks: withMark(context.marks, mark) } : context, flow);
}

function markOf(element: HtmlElement): TiptapMark | null {
  if (element.tag === 'a') {
    const href = attr(element, 'href')?.trim() ?? '';
    const usable = href.length <= ArticleLimits.urlMax && isSafeLinkHref(href);
    return usable ? { type: 'link', attrs: { href } } : null;
  }
  const type = Object.hasOwn(SIMPLE_MARKS, element.tag) ? SIMPLE_MARKS[element.tag] : undefined;
  return type ? { type } : null;
}

// A mark type appears once per text node (an inner link replaces the outer one), marks that
// exclude each other do not meet (code excludes all others: an outer code wins, as in the
// editor), and marks keep the schema's order so that neighbouring text with the same
// formatting merges.
function withMark(marks: readonly TiptapMark[], mark: TiptapMark): readonly TiptapMark[] {
  const inner = bodySchema.marks[mark.type];
  const outer = marks.map((existing) => bodySchema.marks[existing.type]);
  if (outer.some((type) => type !== inner && type.excludes(inner))) return marks;
  const others = marks.filter((_existing, index) => !inner.excludes(outer[index]));
  return [...others, mark].sort((a, b) => markRank(a.type) - markRank(b.type));
}

function paragraphContainer(element: HtmlElement, context: Context, flow: TiptapFlow): void {
  flow.flush();
  walk(element.children, context, flow);
  flow.flush();
}

function heading(element: HtmlElement, context: Context, flow: TiptapFlow): void {
  const content = cleanInline(flattenInline(blocksOf(element.children, context)));
  if (content.length === 0) return flow.flush();
  const level = HEADING_LEVEL[element.tag];
  flow.addBlock({ type: 'heading', attrs: { level }, content });
}

function list(element: HtmlElement, context: Context, flow: TiptapFlow): void {
  if (context.depth + 2 > MAX_CONTAINER_DEPTH) return paragraphContainer(element, context, flow);
  const items = listItems(element.children, { ...context, depth: context.depth + 2 });
  if (items.length === 0) return flow.flush();
  if (element.tag !== 'ol') return flow.addBlock({ type: 'bulletList', content: items });
  const start = Number.parseInt(attr(element, 'start') ?? '1', 10);
  const attrs = { start: Number.isSafeInteger(start) ? start : 1 };
  flow.addBlock({ type: 'orderedList', attrs, content: items });
}

// Besides <li>, catalogue HTML puts stray text and nested lists directly into lists: text
// becomes an item of its own, a nested list joins the item before it.
function listItems(children: readonly HtmlNode[], context: Context): TiptapNode[] {
  const items: TiptapNode[] = [];
  for (const child of children) {
    if (typeof child === 'string' && child.trim() === '') continue;
    const isElement = typeof child !== 'string';
    const blocks = blocksOf(isElement && child.tag === 'li' ? child.children : [child], context);
    const previous = items.at(-1);
    if (blocks.length === 0) continue;
    if (isElement && LIST_TAGS.has(child.tag) && previous?.content) previous.content.push(...blocks);
    else
      items.push({
        type: 'listItem',
        content: blocks[0].type === 'paragraph' ? blocks : [{ type: 'paragraph' }, ...blocks],
      });
  }
  return items;
}

function blockquote(element: HtmlElement, context: Context, flow: TiptapFlow): void {
  if (context.depth + 1 > MAX_CONTAINER_DEPTH) return paragraphContainer(element, context, flow);
  const blocks = blocksOf(element.children, { ...context, depth: context.depth + 1 });
  if (blocks.length > 0) flow.addBlock({ type: 'blockquote', content: blocks });
  else flow.flush();
}

function preformatted(element: HtmlElement, _context: Context, flow: TiptapFlow): void {
  const text = textContent(element)
    .replace(/[\u200b\ufeff]/g, '')
    .replace(/^\n/, '')
    .trimEnd();
  if (text === '') return flow.flush();
  flow.addBlock({ type: 'codeBlock', content: [{ type: 'text', text }] });
}

function horizontalRule(_element: HtmlElement, _context: Context, flow: TiptapFlow): void {
  flow.addBlock({ type: 'horizontalRule' });
}

// Layout tables carry text, not data worth a table node: one paragraph per row, cells joined.
function table(element: HtmlElement, context: Context, flow: TiptapFlow): void {
  flow.flush();
  for (const child of element.children) {
    if (typeof child === 'string') continue;
    if (child.tag === 'tr') tableRow(child, context, flow);
    else if (child.tag === 'caption') paragraphContainer(child, context, flow);
    else table(child, context, flow);
  }
}

function tableRow(row: HtmlElement, context: Context, flow: TiptapFlow): void {
  const cells = row.children
    .filter((cell): cell is HtmlElement => typeof cell !== 'string')
    .map((cell) => flattenInline(blocksOf(cell.children, context)))
    .filter((cell) => cell.length > 0);
  cells.forEach((cell, index) => {
    if (index > 0) flow.addText(' | ', []);
    flow.addInline(cell);
  });
  flow.flush();
}

function textContent(element: HtmlElement): string {
  return element.children.map((child) => (typeof child === 'string' ? child : textContent(child))).join('');
}

const BLOCK_HANDLERS: Readonly<Record<string, BlockHandler>> = {
  ...Object.fromEntries([...PARAGRAPH_CONTAINERS].map((tag) => [tag, paragraphContainer])),
  ...Object.fromEntries(Object.keys(HEADING_LEVEL).map((tag) => [tag, heading])),
  ul: list,
  ol: list,
  menu: list,
  blockquote,
  pre: preformatted,
  hr: horizontalRule,
  table,
  img: () => undefined,
};
