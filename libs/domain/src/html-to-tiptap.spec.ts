import { DomainError } from './errors';
import { htmlToPlainText, htmlToTiptap } from './html-to-tiptap';
import { ArticleLimits } from './limits';
import type { TiptapNode } from './tiptap';
import { validateTiptapDoc } from './tiptap-validation';

const text = (value: string, ...marks: string[]): TiptapNode =>
  marks.length ? { type: 'text', text: value, marks: marks.map((type) => ({ type })) } : { type: 'text', text: value };
const para = (...content: TiptapNode[]): TiptapNode => ({ type: 'paragraph', content });
const item = (...content: TiptapNode[]): TiptapNode => ({ type: 'listItem', content });
const body = (html: string) => htmlToTiptap(html).content;

describe('htmlToTiptap', () => {
  it('converts paragraphs and inline formatting', () => {
    expect(body('<p>Ein <strong>fetter</strong> und <b>noch</b> <em>ein</em> <i>Test</i></p><p><u>u</u><s>s</s></p>')).toEqual([
      para(
        text('Ein '),
        text('fetter', 'bold'),
        text(' und '),
        text('noch', 'bold'),
        text(' '),
        text('ein', 'italic'),
        text(' '),
        text('Test', 'italic'),
      ),
      para(text('u', 'underline'), text('s', 'strike')),
    ]);
  });

  it('combines nested marks without duplicates', () => {
    expect(body('<p><strong>a <em>b <b>c</b></em></strong></p>')).toEqual([para(text('a ', 'bold'), text('b c', 'bold', 'italic'))]);
  });

  it('lets code exclude other marks, as the editor does', () => {
    expect(body('<p><b>a <code>b</code></b> <code>c <b>d</b></code></p>')).toEqual([
      para(text('a ', 'bold'), text('b', 'code'), text(' '), text('c d', 'code')),
    ]);
  });

  it('turns <br> into hard breaks and drops them at paragraph edges', () => {
    expect(body('<p><br>Straße 1<br> 80331 München<br><br></p>')).toEqual([
      para(text('Straße 1'), { type: 'hardBreak' }, text('80331 München')),
    ]);
  });

  it('keeps safe links and drops unsafe ones but keeps their text', () => {
    expect(
      body(
        '<p><a href=" https://muenchen.de/a?x=1&amp;y=2 " target="_blank">Info</a> <a href="javascript:alert(1)">böse</a> <a href="/relativ">rel</a> <a>leer</a> <a href="mailto:a@b.de">Mail</a></p>',
      ),
    ).toEqual([
      para(
        {
          type: 'text',
          text: 'Info',
          marks: [{ type: 'link', attrs: { href: 'https://muenchen.de/a?x=1&y=2' } }],
        },
        text(' böse rel leer '),
        { type: 'text', text: 'Mail', marks: [{ type: 'link', attrs: { href: 'mailto:a@b.de' } }] },
      ),
    ]);
  });

  it('drops links hidden by entity-encoded or whitespace-split schemes', () => {
    const result = body('<p><a href="java&#x09;script:alert(1)">x</a><a href="&#106;avascript:alert(1)">y</a></p>');
    expect(result).toEqual([para(text('xy'))]);
  });

  it('converts bullet and ordered lists with their start number', () => {
    expect(body('<ul><li>Ausweis</li><li><strong>Foto</strong></li></ul><ol start="3"><li>eins</li></ol>')).toEqual([
      {
        type: 'bulletList',
        content: [item(para(text('Ausweis'))), item(para(text('Foto', 'bold')))],
      },
      { type: 'orderedList', attrs: { start: 3 }, content: [item(para(text('eins')))] },
    ]);
  });

  it('keeps nested lists inside their item and attaches stray nested lists to the previous item', () => {
    const nested = { type: 'bulletList', content: [item(para(text('innen')))] };
    expect(body('<ul><li>außen<br><ul><li>innen</li></ul></li></ul>')).toEqual([
      { type: 'bulletList', content: [item(para(text('außen')), nested)] },
    ]);
    expect(body('<ul><li>außen</li><ul><li>innen</li></ul></ul>')).toEqual([
      { type: 'bulletList', content: [item(para(text('außen')), nested)] },
    ]);
  });

  it('drops empty list items and empty lists, turns stray list text into an item', () => {
    expect(body('<ul><li> </li><li>\u200b</li></ul><ul>\n lose <li>a</li></ul>')).toEqual([
      { type: 'bulletList', content: [item(para(text('lose'))), item(para(text('a')))] },
    ]);
  });

  it('gives an item that starts with a block a leading empty paragraph', () => {
    expect(body('<ol><li><h3>Titel</h3></li></ol>')).toEqual([
      {
        type: 'orderedList',
        attrs: { start: 1 },
        content: [item({ type: 'paragraph' }, { type: 'heading', attrs: { level: 3 }, content: [text('Titel')] })],
      },
    ]);
  });

  it.each([
    ['h1', 2],
    ['h2', 2],
    ['h3', 3],
    ['h4', 4],
    ['h5', 4],
    ['h6', 4],
  ])('maps <%s> to heading level %i', (tag, level) => {
    expect(body(`<${tag}> Über <em>uns</em> </${tag}>`)).toEqual([
      { type: 'heading', attrs: { level }, content: [text('Über '), text('uns', 'italic')] },
    ]);
  });

  it('drops empty headings', () => {
    expect(body('<h2> <br> </h2><p>a</p>')).toEqual([para(text('a'))]);
  });

  it('converts blockquotes, preformatted text and rules', () => {
    expect(body('<blockquote><p>Zitat</p></blockquote><pre>\nzeile 1\n  zeile 2\n</pre><hr>')).toEqual([
      { type: 'blockquote', content: [para(text('Zitat'))] },
      { type: 'codeBlock', content: [text('zeile 1\n  zeile 2')] },
      { type: 'horizontalRule' },
    ]);
  });

  it('turns each table row into a paragraph with the cells joined', () => {
    const html =
      '<table><thead><tr><th>Leistung</th><th>Gebühr</th></tr></thead><tbody><tr><td><p>Reisepass</p></td><td><strong>70 Euro</strong></td></tr><tr><td></td><td>frei</td></tr></tbody></table>';
    expect(body(html)).toEqual([para(text('Leistung | Gebühr')), para(text('Reisepass | '), text('70 Euro', 'bold')), para(text('frei'))]);
  });

  it('unwraps divs and spans; divs end paragraphs', () => {
    expect(body('<div>\nErster Satz.</div><div> </div><div><span style="x">Zweiter</span> <span>Satz.</span></div>')).toEqual([
      para(text('Erster Satz.')),
      para(text('Zweiter Satz.')),
    ]);
  });

  it('makes paragraphs of text that sits between blocks', () => {
    expect(body('lose<ul><li>a</li></ul>danach')).toEqual([
      para(text('lose')),
      { type: 'bulletList', content: [item(para(text('a')))] },
      para(text('danach')),
    ]);
  });

  it('decodes entities', () => {
    expect(body('<p>Fragen &amp; Antworten: 10&nbsp;&euro; f&uuml;r &quot;A&quot; &#8211; &#x2192;</p>')).toEqual([
      para(text('Fragen & Antworten: 10 € für "A" – →')),
    ]);
  });

  it('removes zero-width spaces and collapses whitespace across tags', () => {
    expect(body('<p>\u200b <span> a </span><strong>  b\n\t</strong> c </p>')).toEqual([para(text('a '), text('b ', 'bold'), text('c'))]);
  });

  it('drops empty paragraphs, scripts, styles and images', () => {
    expect(body('<p> </p><p>&nbsp;</p><p><br></p><script>alert(1)</script><style>p{}</style><p><img src="x.png">a</p>')).toEqual([
      para(text('a')),
    ]);
  });

  it('returns an empty document for empty or whitespace-only input', () => {
    expect(htmlToTiptap('')).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
    expect(htmlToTiptap(' <div>\u200b</div> ')).toEqual({
      type: 'doc',
      content: [{ type: 'paragraph' }],
    });
  });

  it('handles unclosed and misnested tags', () => {
    const doc = htmlToTiptap('<p>eins<p>zwei <strong>fett</p><ul><li>a<li>b</ul>');
    expect(doc.content).toEqual([
      para(text('eins')),
      para(text('zwei '), text('fett', 'bold')),
      { type: 'bulletList', content: [item(para(text('a'))), item(para(text('b')))] },
    ]);
  });

  it('flattens lists nested deeper than the body depth limit and stays valid', () => {
    const html = '<ul><li>x'.repeat(30) + '</li></ul>'.repeat(30);
    const doc = htmlToTiptap(html);
    expect(validateTiptapDoc(doc)).toEqual(doc);
    expect(htmlToPlainText(html)).toBe(Array.from({ length: 30 }, () => 'x').join('\n'));
  });

  it('survives thousands of nested elements', () => {
    const html = '<span>'.repeat(5000) + 'tief' + '</span>'.repeat(5000);
    expect(htmlToTiptap(html).content).toEqual([para(text('tief'))]);
  });

  it('throws BODY_TOO_LARGE for text beyond the body limit; htmlToPlainText still works', () => {
    const html = `<p>${'a'.repeat(ArticleLimits.bodyMaxChars + 1)}</p>`;
    expect(() => htmlToTiptap(html)).toThrow(DomainError);
    expect(htmlToPlainText(html)).toHaveLength(ArticleLimits.bodyMaxChars + 1);
  });
});

describe('htmlToPlainText', () => {
  it('puts paragraphs, list items, breaks and table rows on their own lines', () => {
    const html = '<p>Gebühren:</p><ul><li>3 Monate: 90 Euro</li><li>6 Monate: 180&nbsp;Euro<br></li></ul><p>Restlaufzeit<br>10 Euro</p>';
    expect(htmlToPlainText(html)).toBe('Gebühren:\n3 Monate: 90 Euro\n6 Monate: 180 Euro\nRestlaufzeit\n10 Euro');
  });

  it('returns an empty string for markup without text', () => {
    expect(htmlToPlainText('<p><br></p><div>\u200b</div>')).toBe('');
  });
});
