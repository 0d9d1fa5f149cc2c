import { DomainError } from './errors';
import type { TiptapNode } from './tiptap';
import { validateTiptapDoc } from './tiptap-validation';

const text = (value: string, marks?: TiptapNode['marks']): TiptapNode =>
  marks ? { type: 'text', text: value, marks } : { type: 'text', text: value };
const para = (...content: TiptapNode[]): TiptapNode => (content.length ? { type: 'paragraph', content } : { type: 'paragraph' });
const doc = (...content: unknown[]) => ({ type: 'doc', content });

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
      para(text('fett', [{ type: 'bold' }, { type: 'italic' }]), { type: 'hardBreak' }, text('x', [{ type: 'underline' }])),
      para(text('s', [{ type: 'strike' }]), text('c', [{ type: 'code' }])),
      { type: 'bulletList', content: [{ type: 'listItem', content: [para(text('eins'))] }] },
      {
        type: 'orderedList',
        attrs: { start: 3, type: null },
        content: [
          {
            type: 'listItem',
            content: [para(text('a')), { type: 'bulletList', content: [{ type: 'listItem', content: [para()] }] }],
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
    const result = validateTiptapDoc(doc({ type: 'paragraph', content: [], marks: [], attrs: null }));
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
    ['an unknown mark type', doc(para(text('a', [{ type: 'highlight' }]))), 'content[0].content[0].marks[0].type'],
    ['an unknown node key', doc({ type: 'paragraph', style: 'x' }), 'content[0].style'],
    ['an unknown mark key', doc(para(text('a', [{ type: 'bold', extra: 1 } as never]))), 'content[0].content[0].marks[0].extra'],
    ['an unknown attribute', doc({ type: 'paragraph', attrs: { textAlign: 'left' } }), 'content[0].attrs.textAlign'],
    ['heading level 1', doc({ type: 'heading', attrs: { level: 1 } }), 'content[0].attrs.level'],
    ['heading level 5', doc({ type: 'heading', attrs: { level: 5 } }), 'content[0].attrs.level'],
    ['heading level as string', doc({ type: 'heading', attrs: { level: '2' } }), 'content[0].attrs.level'],
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
    ['a text node with empty text', doc(para({ type: 'text', text: '' })), 'content[0].content[0].text'],
    ['a text node with content', doc(para({ type: 'text', text: 'a', content: [text('b')] })), 'content[0].content[0].content'],
    ['text on a paragraph', doc({ type: 'paragraph', text: 'a' }), 'content[0].text'],
    ['text directly in the doc', doc(text('a')), 'content[0]'],
    ['a paragraph inside a paragraph', doc(para(para())), 'content[0].content[0]'],
    ['a list item outside a list', doc({ type: 'listItem', content: [para()] }), 'content[0]'],
    ['a paragraph directly in a list', doc({ type: 'bulletList', content: [para()] }), 'content[0].content[0]'],
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
    ['content on a horizontal rule', doc({ type: 'horizontalRule', content: [text('a')] }), 'content[0].content'],
    ['marks on a paragraph', doc({ type: 'paragraph', marks: [{ type: 'bold' }] }), 'content[0].marks'],
    ['formatted text in a code block', doc({ type: 'codeBlock', content: [text('a', [{ type: 'bold' }])] }), 'content[0].content'],
    ['a duplicate mark', doc(para(text('a', [{ type: 'bold' }, { type: 'bold' }]))), 'content[0].content[0].marks[1]'],
    ['content that is not an array', doc({ type: 'paragraph', content: 'a' }), 'content[0].content'],
    ['a null child', doc(null), 'content[0]'],
    ['an array as node', doc([]), 'content[0]'],
  ])('rejects %s with BODY_INVALID and the path', (_name, input, path) => {
    const error = errorOf(input);
    expect(error.code).toBe('BODY_INVALID');
    expect(error.details).toEqual({ path });
  });

  it('keeps marks in the schema order Node.check() expects', () => {
    const result = validateTiptapDoc(
      doc(para(text('a', [{ type: 'italic' }, { type: 'link', attrs: { href: 'https://a.de' } }, { type: 'bold' }]))),
    );
    expect(result.content[0].content?.[0].marks?.map((mark) => mark.type)).toEqual(['link', 'bold', 'italic']);
  });

  it('rejects marks the schema lets exclude each other (code excludes all others)', () => {
    const error = errorOf(doc(para(text('a', [{ type: 'bold' }, { type: 'code' }]))));
    expect(error.code).toBe('BODY_INVALID');
    expect(error.details).toEqual({ path: 'content[0].content[0].marks[1]' });
  });

  it('reports errors in German', () => {
    expect(errorOf(doc({ type: 'image' })).message).toBe('Der Elementtyp „image“ ist nicht erlaubt.');
  });
});
