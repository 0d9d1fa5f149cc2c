import { DomainError } from './errors';
import { ArticleLimits } from './limits';
import type { TiptapNode } from './tiptap';
import { validateTiptapDoc } from './tiptap-validation';

const text = (value: string, marks?: TiptapNode['marks']): TiptapNode =>
  marks ? { type: 'text', text: value, marks } : { type: 'text', text: value };
const para = (...content: TiptapNode[]): TiptapNode =>
  content.length ? { type: 'paragraph', content } : { type: 'paragraph' };
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

describe('validateTiptapDoc', () => {
  it('accepts every StarterKit node and mark the editor allows', () => {
    const body = doc(
      { type: 'heading', attrs: { level: 2 }, content: [text('Titel')] },
      para(
        text('fett', [{ type: 'bold' }, { type: 'italic' }]),
        { type: 'hardBreak' },
        text('x', [{ type: 'underline' }]),
      ),
      para(text('s', [{ type: 'strike' }]), text('c', [{ type: 'code' }])),
      { type: 'bulletList', content: [{ type: 'listItem', content: [para(text('eins'))] }] },
      {
        type: 'orderedList',
        attrs: { start: 3, type: null },
        content: [
          {
            type: 'listItem',
            content: [
              para(text('a')),
              { type: 'bulletList', content: [{ type: 'listItem', content: [para()] }] },
            ],
          },
        ],
      },
      { type: 'blockquote', content: [para(text('Zitat'))] },
      { type: 'codeBlock', attrs: { language: null }, content: [text('code')] },
      { type: 'horizontalRule' },
    );
    expect(validateTiptapDoc(body)).toEqual(body);
  });

  it('accepts the attributes Tiptap 3 serialises for links', () => {
    const mark = {
      type: 'link',
      attrs: {
        href: 'https://muenchen.de',
        target: '_blank',
        rel: 'noopener',
        class: null,
        title: null,
      },
    };
    expect(validateTiptapDoc(doc(para(text('a', [mark]))))).toEqual(doc(para(text('a', [mark]))));
  });

  it('returns a copy without empty arrays or null attributes containers', () => {
    const result = validateTiptapDoc(
      doc({ type: 'paragraph', content: [], marks: [], attrs: null }),
    );
    expect(result).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
  });

  it('turns an empty document into one empty paragraph', () => {
    expect(validateTiptapDoc({ type: 'doc', content: [] })).toEqual({
      type: 'doc',
      content: [{ type: 'paragraph' }],
    });
    expect(validateTiptapDoc({ type: 'doc' })).toEqual({
      type: 'doc',
      content: [{ type: 'paragraph' }],
    });
  });

  it('does not return the input objects', () => {
    const input = doc(para(text('a')));
    const result = validateTiptapDoc(input);
    expect(result.content[0]).not.toBe(input.content[0]);
  });

  it.each([
    ['a non-object', 'hallo', ''],
    ['a root that is not a doc', { type: 'paragraph' }, ''],
    ['an unknown node type', doc({ type: 'image', attrs: { src: 'x' } }), 'content[0].type'],
    [
      'an unknown mark type',
      doc(para(text('a', [{ type: 'highlight' }]))),
      'content[0].content[0].marks[0].type',
    ],
    ['an unknown node key', doc({ type: 'paragraph', style: 'x' }), 'content[0].style'],
    [
      'an unknown mark key',
      doc(para(text('a', [{ type: 'bold', extra: 1 } as never]))),
      'content[0].content[0].marks[0].extra',
    ],
    [
      'an unknown attribute',
      doc({ type: 'paragraph', attrs: { textAlign: 'left' } }),
      'content[0].attrs.textAlign',
    ],
    ['heading level 1', doc({ type: 'heading', attrs: { level: 1 } }), 'content[0].attrs.level'],
    ['heading level 5', doc({ type: 'heading', attrs: { level: 5 } }), 'content[0].attrs.level'],
    [
      'heading level as string',
      doc({ type: 'heading', attrs: { level: '2' } }),
      'content[0].attrs.level',
    ],
    ['heading without level', doc({ type: 'heading' }), 'content[0].attrs.level'],
    [
      'orderedList start not an integer',
      doc({
        type: 'orderedList',
        attrs: { start: 1.5 },
        content: [{ type: 'listItem', content: [para()] }],
      }),
      'content[0].attrs.start',
    ],
    [
      'orderedList start as string',
      doc({
        type: 'orderedList',
        attrs: { start: '2' },
        content: [{ type: 'listItem', content: [para()] }],
      }),
      'content[0].attrs.start',
    ],
    [
      'link without href',
      doc(para(text('a', [{ type: 'link', attrs: { target: '_blank' } }]))),
      'content[0].content[0].marks[0].attrs.href',
    ],
    [
      'link with numeric target',
      doc(para(text('a', [{ type: 'link', attrs: { href: 'https://a.de', target: 1 } }]))),
      'content[0].content[0].marks[0].attrs.target',
    ],
    [
      'link with an unknown attribute',
      doc(para(text('a', [{ type: 'link', attrs: { href: 'https://a.de', onclick: 'x' } }]))),
      'content[0].content[0].marks[0].attrs.onclick',
    ],
    ['a text node without text', doc(para({ type: 'text' })), 'content[0].content[0].text'],
    [
      'a text node with empty text',
      doc(para({ type: 'text', text: '' })),
      'content[0].content[0].text',
    ],
    [
      'a text node with content',
      doc(para({ type: 'text', text: 'a', content: [text('b')] })),
      'content[0].content[0].content',
    ],
    ['text on a paragraph', doc({ type: 'paragraph', text: 'a' }), 'content[0].text'],
    ['text directly in the doc', doc(text('a')), 'content[0]'],
    ['a paragraph inside a paragraph', doc(para(para())), 'content[0].content[0]'],
    ['a list item outside a list', doc({ type: 'listItem', content: [para()] }), 'content[0]'],
    [
      'a paragraph directly in a list',
      doc({ type: 'bulletList', content: [para()] }),
      'content[0].content[0]',
    ],
    ['an empty list', doc({ type: 'bulletList', content: [] }), 'content[0]'],
    ['an empty blockquote', doc({ type: 'blockquote' }), 'content[0]'],
    [
      'a list item not starting with a paragraph',
      doc({
        type: 'bulletList',
        content: [{ type: 'listItem', content: [{ type: 'horizontalRule' }] }],
      }),
      'content[0].content[0].content[0]',
    ],
    [
      'content on a horizontal rule',
      doc({ type: 'horizontalRule', content: [text('a')] }),
      'content[0].content',
    ],
    [
      'marks on a paragraph',
      doc({ type: 'paragraph', marks: [{ type: 'bold' }] }),
      'content[0].marks',
    ],
    [
      'formatted text in a code block',
      doc({ type: 'codeBlock', content: [text('a', [{ type: 'bold' }])] }),
      'content[0].content',
    ],
    [
      'a duplicate mark',
      doc(para(text('a', [{ type: 'bold' }, { type: 'bold' }]))),
      'content[0].content[0].marks[1]',
    ],
    [
      'content that is not an array',
      doc({ type: 'paragraph', content: 'a' }),
      'content[0].content',
    ],
    ['a null child', doc(null), 'content[0]'],
    ['an array as node', doc([]), 'content[0]'],
  ])('rejects %s with BODY_INVALID and the path', (_name, input, path) => {
    const error = errorOf(input);
    expect(error.code).toBe('BODY_INVALID');
    expect(error.details).toEqual({ path });
  });

  it('reports errors in German', () => {
    expect(errorOf(doc({ type: 'image' })).message).toBe(
      'Der Elementtyp „image“ ist nicht erlaubt.',
    );
  });

  describe('prototype pollution', () => {
    it('rejects a __proto__ key created by JSON.parse without touching Object.prototype', () => {
      const input: unknown = JSON.parse(
        '{"type":"doc","content":[{"type":"paragraph","__proto__":{"polluted":true}}]}',
      );
      expect(errorOf(input).details).toEqual({ path: 'content[0].__proto__' });
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });

    it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])(
      'rejects the attribute name %s',
      (key) => {
        const input: unknown = JSON.parse(
          `{"type":"doc","content":[{"type":"paragraph","attrs":{"${key}":{"x":1}}}]}`,
        );
        expect(errorOf(input).code).toBe('BODY_INVALID');
      },
    );

    it.each(['constructor', '__proto__', 'toString'])(
      'rejects the node and mark type %s',
      (type) => {
        expect(errorOf(doc({ type })).code).toBe('BODY_INVALID');
        expect(errorOf(doc(para(text('a', [{ type }])))).code).toBe('BODY_INVALID');
      },
    );

    it('rejects objects with a foreign prototype', () => {
      class Paragraph {
        type = 'paragraph';
      }
      expect(errorOf(doc(new Paragraph())).details).toEqual({ path: 'content[0]' });
    });
  });

  describe('limits', () => {
    it('rejects nesting deeper than bodyMaxDepth and accepts it at the limit', () => {
      const nest = (levels: number): TiptapNode =>
        levels === 1 ? para(text('x')) : { type: 'blockquote', content: [nest(levels - 1)] };
      // doc (1) + blockquotes + paragraph + text
      expect(() => validateTiptapDoc(doc(nest(ArticleLimits.bodyMaxDepth - 2)))).not.toThrow();
      expect(errorOf(doc(nest(ArticleLimits.bodyMaxDepth - 1))).message).toBe(
        'Der Text ist zu tief verschachtelt.',
      );
    });

    it('rejects more than bodyMaxNodes nodes', () => {
      const paragraphs = (n: number) => Array.from({ length: n }, () => para());
      expect(() =>
        validateTiptapDoc(doc(...paragraphs(ArticleLimits.bodyMaxNodes - 1))),
      ).not.toThrow();
      expect(errorOf(doc(...paragraphs(ArticleLimits.bodyMaxNodes))).message).toBe(
        'Der Text hat zu viele Elemente.',
      );
    });

    it('rejects plain text longer than bodyMaxChars with BODY_TOO_LARGE', () => {
      const half = 'a'.repeat(ArticleLimits.bodyMaxChars / 2);
      expect(() =>
        validateTiptapDoc(doc(para(text(half)), para(text(half.slice(1))))),
      ).not.toThrow();
      const error = errorOf(doc(para(text(half)), para(text(half))));
      expect(error.code).toBe('BODY_TOO_LARGE');
    });
  });

  describe('links', () => {
    it.each([
      'https://muenchen.de/a?b=c',
      'http://x.de',
      'mailto:info@lra.de',
      'tel:+49891234',
      'HTTPS://X.DE',
      '  https://x.de  ',
    ])('accepts %s', (href) => {
      const result = validateTiptapDoc(doc(para(text('a', [link(href)]))));
      expect(result.content[0].content?.[0].marks?.[0].attrs?.href).toBe(href.trim());
    });

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
      const error = errorOf(
        doc(para(text('a', [link(`https://x.de/${'a'.repeat(ArticleLimits.urlMax)}`)]))),
      );
      expect(error.code).toBe('BODY_INVALID');
    });

    it('allows marks on hard breaks, as Tiptap keeps them when a break is typed inside bold text', () => {
      const body = doc(para({ type: 'hardBreak', marks: [{ type: 'bold' }] }));
      expect(validateTiptapDoc(body)).toEqual(body);
    });
  });
});
