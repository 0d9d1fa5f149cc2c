import { Parser } from 'htmlparser2';

/** An element of a parsed HTML fragment: lower-case tag, decoded attributes, children. */
export interface HtmlElement {
  tag: string;
  attrs: Readonly<Record<string, string>>;
  children: HtmlNode[];
}

/** A child of an HTML element: an element or decoded text. */
export type HtmlNode = HtmlElement | string;

// Elements whose content is never text a citizen-service agent should read.
const DROPPED = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'head',
  'title',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'textarea',
  'select',
  'button',
]);

// Deeper elements are flattened into their ancestor so that the recursive conversion cannot
// exhaust the stack on hostile input; real catalogue HTML is rarely more than 10 levels deep.
const MAX_TREE_DEPTH = 100;

type OpenAction = 'push' | 'skip' | 'flatten';

/**
 * Parses an HTML fragment into a small tree (entities decoded, tags lower-cased). Dropped
 * elements (script, style, …) vanish with their content.
 */
export function parseHtml(html: string): HtmlElement {
  const root: HtmlElement = { tag: '#root', attrs: {}, children: [] };
  const stack: HtmlElement[] = [root];
  const actions: OpenAction[] = [];
  let skipping = 0;
  const top = (): HtmlElement => stack[stack.length - 1];
  const parser = new Parser(
    {
      onopentag(tag, attrs) {
        if (skipping > 0 || DROPPED.has(tag)) {
          skipping++;
          actions.push('skip');
        } else if (stack.length > MAX_TREE_DEPTH) {
          actions.push('flatten');
        } else {
          const element: HtmlElement = { tag, attrs, children: [] };
          top().children.push(element);
          stack.push(element);
          actions.push('push');
        }
      },
      // The tokenizer reports text in chunks (around entities): join them.
      ontext(text) {
        if (skipping > 0) return;
        const { children } = top();
        const last = children.length - 1;
        if (typeof children[last] === 'string') children[last] += text;
        else children.push(text);
      },
      onclosetag() {
        const action = actions.pop();
        if (action === 'skip') skipping--;
        if (action === 'push') stack.pop();
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return root;
}

/** The value of an attribute, read as an own property only. */
export function attr(element: HtmlElement, name: string): string | undefined {
  return Object.hasOwn(element.attrs, name) ? element.attrs[name] : undefined;
}
