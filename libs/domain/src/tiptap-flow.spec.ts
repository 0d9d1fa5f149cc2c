import type { TiptapNode } from './tiptap';
import { cleanInline, flattenInline, TiptapFlow } from './tiptap-flow';

const text = (value: string, bold = false): TiptapNode =>
  bold ? { type: 'text', text: value, marks: [{ type: 'bold' }] } : { type: 'text', text: value };
const br: TiptapNode = { type: 'hardBreak' };

describe('cleanInline', () => {
  it('collapses whitespace across nodes and trims the run', () => {
    expect(cleanInline([text('  a  '), text('  b ', true), text(' c\n')])).toEqual([text('a '), text('b ', true), text('c')]);
  });

  it('trims around breaks and drops breaks at the edges', () => {
    expect(cleanInline([br, text(' a '), br, text(' b '), br, text('  '), br])).toEqual([text('a'), br, text('b')]);
  });

  it('merges neighbouring text with equal marks and drops invisible characters', () => {
    expect(cleanInline([text('a'), text('\u200b'), text('b'), text('\u00adc\ufeff')])).toEqual([text('abc')]);
  });

  it('does not modify its input', () => {
    const input = [text('a '), text(' b')];
    cleanInline(input);
    expect(input).toEqual([text('a '), text(' b')]);
  });
});

describe('TiptapFlow', () => {
  it('wraps inline content between blocks into paragraphs and skips empty ones', () => {
    const flow = new TiptapFlow();
    flow.addText(' a ', []);
    flow.addBlock({ type: 'horizontalRule' });
    flow.addText('  ', []);
    flow.addBreak();
    flow.flush();
    flow.addText('b', [{ type: 'italic' }]);
    expect(flow.finish()).toEqual([
      { type: 'paragraph', content: [text('a')] },
      { type: 'horizontalRule' },
      { type: 'paragraph', content: [{ type: 'text', text: 'b', marks: [{ type: 'italic' }] }] },
    ]);
  });
});

describe('flattenInline', () => {
  it('joins the inline content of nested blocks with spaces', () => {
    const blocks: TiptapNode[] = [
      { type: 'paragraph', content: [text('a')] },
      { type: 'paragraph' },
      {
        type: 'bulletList',
        content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [text('b')] }] }],
      },
    ];
    expect(flattenInline(blocks)).toEqual([text('a'), text(' '), text('b')]);
  });
});
