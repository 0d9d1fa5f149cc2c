import { emptyDoc, type TiptapDoc, type TiptapNode } from './tiptap';
import { toPlainText } from './tiptap-plain-text';

const text = (value: string): TiptapNode => ({
  type: 'text',
  text: value,
  marks: [{ type: 'bold' }],
});
const para = (...content: TiptapNode[]): TiptapNode => ({ type: 'paragraph', content });
const item = (...content: TiptapNode[]): TiptapNode => ({ type: 'listItem', content });

describe('toPlainText', () => {
  it('separates blocks by newlines and keeps marked text', () => {
    const doc: TiptapDoc = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [text('Unterlagen')] },
        para(text('Bitte '), text('mitbringen'), { type: 'text', text: ':' }),
      ],
    };
    expect(toPlainText(doc)).toBe('Unterlagen\nBitte mitbringen:');
  });

  it('puts each list item, also nested ones, on its own line', () => {
    const doc: TiptapDoc = {
      type: 'doc',
      content: [
        {
          type: 'bulletList',
          content: [
            item(para(text('Ausweis')), {
              type: 'orderedList',
              content: [item(para(text('Original'))), item(para(text('Kopie')))],
            }),
            item(para(text('Foto'))),
          ],
        },
        para(text('Ende')),
      ],
    };
    expect(toPlainText(doc)).toBe('Ausweis\nOriginal\nKopie\nFoto\nEnde');
  });

  it('turns hard breaks into newlines', () => {
    const doc: TiptapDoc = {
      type: 'doc',
      content: [para(text('Straße 1'), { type: 'hardBreak' }, text('80331 München'))],
    };
    expect(toPlainText(doc)).toBe('Straße 1\n80331 München');
  });

  it('includes blockquotes and code blocks, skips horizontal rules', () => {
    const doc: TiptapDoc = {
      type: 'doc',
      content: [
        { type: 'blockquote', content: [para(text('Zitat'))] },
        { type: 'horizontalRule' },
        { type: 'codeBlock', content: [{ type: 'text', text: 'a\nb' }] },
      ],
    };
    expect(toPlainText(doc)).toBe('Zitat\na\nb');
  });

  it('keeps empty paragraphs as empty lines and returns "" for an empty document', () => {
    expect(toPlainText(emptyDoc())).toBe('');
    const doc: TiptapDoc = {
      type: 'doc',
      content: [para(text('a')), { type: 'paragraph' }, para(text('b'))],
    };
    expect(toPlainText(doc)).toBe('a\n\nb');
  });
});
