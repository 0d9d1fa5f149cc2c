import { bodySchema, type TiptapDoc } from '@bsc/domain';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { RichTextView } from './rich-text-view';

function render(doc: TiptapDoc, headingOffset?: number): string {
  return renderToStaticMarkup(createElement(RichTextView, { doc, headingOffset }));
}

const text = (value: string, marks?: TiptapDoc['marks']) => ({ type: 'text', text: value, marks });

describe('RichTextView', () => {
  // The view is written by hand to keep Tiptap out of the agent bundle; this keeps it in step
  // with the schema the editor and the API share: a new node or mark must get its own tag.
  it.each(Object.keys(bodySchema.nodes).filter((type) => type !== 'doc' && type !== 'text'))(
    'renders the %s node as an element',
    (type) => {
      const leaf = bodySchema.nodes[type].isLeaf;
      const html = render({ type: 'doc', content: [leaf ? { type } : { type, content: [text('x')] }] });
      expect(html).toMatch(/^<div class="rich-text"><[a-z]/);
    },
  );

  it.each(Object.keys(bodySchema.marks))('renders the %s mark as an element', (type) => {
    const mark = type === 'link' ? { type, attrs: { href: 'https://a.de' } } : { type };
    const html = render({ type: 'doc', content: [text('x', [mark])] });
    expect(html).toMatch(/^<div class="rich-text"><[a-z]+( [^>]*)?>x</);
  });

  it('renders paragraphs with marks', () => {
    const html = render({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [text('fett', [{ type: 'bold' }, { type: 'italic' }]), text(' und '), text('x', [{ type: 'code' }])],
        },
      ],
    });
    expect(html).toBe('<div class="rich-text"><p><em><strong>fett</strong></em> und <code>x</code></p></div>');
  });

  it('renders safe links with rel="noopener noreferrer"', () => {
    const html = render({
      type: 'doc',
      content: [{ type: 'paragraph', content: [text('Termin', [{ type: 'link', attrs: { href: 'https://termine.example.org' } }])] }],
    });
    expect(html).toContain('<a href="https://termine.example.org/" target="_blank" rel="noopener noreferrer">Termin</a>');
  });

  it('renders an unsafe link as plain text', () => {
    const html = render({
      type: 'doc',
      content: [{ type: 'paragraph', content: [text('klick', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }])] }],
    });
    expect(html).toBe('<div class="rich-text"><p>klick</p></div>');
  });

  it('escapes text instead of interpreting it as HTML', () => {
    const html = render({ type: 'doc', content: [{ type: 'paragraph', content: [text('<img src=x onerror=alert(1)>')] }] });
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img');
  });

  it('shifts heading levels below the page headings', () => {
    const doc: TiptapDoc = { type: 'doc', content: [{ type: 'heading', attrs: { level: 2 }, content: [text('Ablauf')] }] };
    expect(render(doc)).toContain('<h3>Ablauf</h3>');
    expect(render(doc, 0)).toContain('<h2>Ablauf</h2>');
  });

  it('renders lists, breaks, rules, quotes and code blocks', () => {
    const html = render({
      type: 'doc',
      content: [
        {
          type: 'orderedList',
          attrs: { start: 3, type: 'a' },
          content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [text('eins')] }] }],
        },
        {
          type: 'bulletList',
          content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [text('a'), { type: 'hardBreak' }, text('b')] }] }],
        },
        { type: 'horizontalRule' },
        { type: 'blockquote', content: [{ type: 'paragraph', content: [text('Zitat')] }] },
        { type: 'codeBlock', content: [text('§ 47 FeV')] },
      ],
    });
    expect(html).toContain('<ol start="3" type="a"><li><p>eins</p></li></ol>');
    expect(html).toContain('<ul><li><p>a<br/>b</p></li></ul>');
    expect(html).toContain('<hr/>');
    expect(html).toContain('<blockquote><p>Zitat</p></blockquote>');
    expect(html).toContain('<pre><code>§ 47 FeV</code></pre>');
  });

  it('shows the text of unknown nodes without their markup', () => {
    const html = render({
      type: 'doc',
      content: [{ type: 'iframe', attrs: { src: 'https://evil' }, content: [{ type: 'paragraph', content: [text('Inhalt')] }] }],
    });
    expect(html).toBe('<div class="rich-text"><p>Inhalt</p></div>');
  });
});
