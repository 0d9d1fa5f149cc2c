import { type Handler, Parser } from 'htmlparser2';

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
  const builder = new TreeBuilder();
  const parser = new Parser(builder, {
    decodeEntities: true,
    lowerCaseTags: true,
    lowerCaseAttributeNames: true,
  });
  parser.write(html);
  parser.end();
  return builder.root;
}

// htmlparser2 reports every opened tag (also implied and void ones) with a matching close,
// so a stack of what each open did keeps the tree consistent.
class TreeBuilder implements Partial<Handler> {
  readonly root: HtmlElement = { tag: '#root', attrs: {}, children: [] };
  private readonly stack: HtmlElement[] = [this.root];
  private readonly actions: OpenAction[] = [];
  private skipping = 0;

  onopentag(tag: string, attrs: Record<string, string>): void {
    if (this.skipping > 0 || DROPPED.has(tag)) {
      this.skipping++;
      this.actions.push('skip');
    } else if (this.stack.length > MAX_TREE_DEPTH) {
      this.actions.push('flatten');
    } else {
      const element: HtmlElement = { tag, attrs, children: [] };
      this.top().children.push(element);
      this.stack.push(element);
      this.actions.push('push');
    }
  }

  // The tokenizer reports text in chunks (around entities): join them.
  ontext(text: string): void {
    if (this.skipping > 0) return;
    const { children } = this.top();
    const last = children.length - 1;
    if (typeof children[last] === 'string') children[last] += text;
    else children.push(text);
  }

  onclosetag(): void {
    const action = this.actions.pop();
    if (action === 'skip') this.skipping--;
    if (action === 'push') this.stack.pop();
  }

  private top(): HtmlElement {
    return this.stack[this.stack.length - 1];
  }
}

/** The value of an attribute, read as an own property only. */
export function attr(element: HtmlElement, name: string): string | undefined {
  return Object.hasOwn(element.attrs, name) ? element.attrs[name] : undefined;
}
