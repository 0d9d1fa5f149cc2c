import { DomainError } from './errors';
import { ArticleLimits } from './limits';
import type { TiptapNode } from './tiptap';
import { validateTiptapDoc } from './tiptap-validation';

const text = (value: string, marks?: TiptapNode['marks']): TiptapNode =>
  marks ? { type: 'text', text: value, marks } : { type: 'text', text: value };
const para = (...content: TiptapNode[]): TiptapNode => (content.length ? { type: 'paragraph', content } : { type: 'paragraph' });
const doc = (...content: unknown[]) => ({ type: 'doc', content });
const link = (href: string) => ({ type: 'link', attrs: { href } });

function errorOf(input: unknown): DomainError {
  try {
    validateTiptapDoc(input);
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected validateTiptapDoc to throw');
}

describe('validateTiptapDoc: prototype pollution', () => {
  it('rejects a __proto__ key created by JSON.parse without touching Object.prototype', () => {
    const input: unknown = JSON.parse('{"type":"doc","content":[{"type":"paragraph","__proto__":{"polluted":true}}]}');
    expect(errorOf(input).details).toEqual({ path: 'content[0].__proto__' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])('rejects the attribute name %s', (key) => {
    const input: unknown = JSON.parse(`{"type":"doc","content":[{"type":"paragraph","attrs":{"${key}":{"x":1}}}]}`);
    expect(errorOf(input).code).toBe('BODY_INVALID');
  });

  it.each(['constructor', '__proto__', 'toString'])('rejects the node and mark type %s', (type) => {
    expect(errorOf(doc({ type })).code).toBe('BODY_INVALID');
    expect(errorOf(doc(para(text('a', [{ type }])))).code).toBe('BODY_INVALID');
  });

  it('rejects objects with a foreign prototype', () => {
    class Paragraph {
      type = 'paragraph';
    }
    expect(errorOf(doc(new Paragraph())).details).toEqual({ path: 'content[0]' });
  });
});

describe('validateTiptapDoc: limits', () => {
  it('rejects nesting deeper than bodyMaxDepth and accepts it at the limit', () => {
    const nest = (levels: number): TiptapNode => (levels === 1 ? para(text('x')) : { type: 'blockquote', content: [nest(levels - 1)] });
    // doc (1) + blockquotes + paragraph + text
    expect(() => validateTiptapDoc(doc(nest(ArticleLimits.bodyMaxDepth - 2)))).not.toThrow();
    expect(errorOf(doc(nest(ArticleLimits.bodyMaxDepth - 1))).message).toBe('Der Text ist zu tief verschachtelt.');
  });

  it('rejects more than bodyMaxNodes nodes', () => {
    const paragraphs = (n: number) => Array.from({ length: n }, () => para());
    expect(() => validateTiptapDoc(doc(...paragraphs(ArticleLimits.bodyMaxNodes - 1)))).not.toThrow();
    expect(errorOf(doc(...paragraphs(ArticleLimits.bodyMaxNodes))).message).toBe('Der Text hat zu viele Elemente.');
  });

  it('rejects plain text longer than bodyMaxChars with BODY_TOO_LARGE', () => {
    const half = 'a'.repeat(ArticleLimits.bodyMaxChars / 2);
    expect(() => validateTiptapDoc(doc(para(text(half)), para(text(half.slice(1)))))).not.toThrow();
    const error = errorOf(doc(para(text(half)), para(text(half))));
    expect(error.code).toBe('BODY_TOO_LARGE');
  });
});

describe('validateTiptapDoc: links', () => {
  it.each(['https://muenchen.de/a?b=c', 'http://x.de', 'mailto:info@lra.de', 'tel:+49891234', 'HTTPS://X.DE', '  https://x.de  '])(
    'accepts %s',
    (href) => {
      const result = validateTiptapDoc(doc(para(text('a', [link(href)]))));
      expect(result.content[0].content?.[0].marks?.[0].attrs?.href).toBe(href.trim());
    },
  );

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'java\u0000script:alert(1)',
    'java\u200bscript:alert(1)',
    '\u0001javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    'file:///etc/passwd',
    '/relative/path',
    '//evil.example',
    'javascript&colon;alert(1)',
  ])('rejects %j with UNSAFE_LINK', (href) => {
    const error = errorOf(doc(para(text('a', [link(href)]))));
    expect(error.code).toBe('UNSAFE_LINK');
    expect(error.details).toEqual({ path: 'content[0].content[0].marks[0].attrs.href' });
  });

  it('rejects overlong hrefs', () => {
    const error = errorOf(doc(para(text('a', [link(`https://x.de/${'a'.repeat(ArticleLimits.urlMax)}`)]))));
    expect(error.code).toBe('BODY_INVALID');
  });

  it('allows marks on hard breaks, as Tiptap keeps them when a break is typed inside bold text', () => {
    const body = doc(para({ type: 'hardBreak', marks: [{ type: 'bold' }] }));
    expect(validateTiptapDoc(body)).toEqual(body);
  });
});
