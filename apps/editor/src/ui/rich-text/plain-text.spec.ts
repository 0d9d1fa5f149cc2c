import type { TiptapDoc } from '@bsc/domain';
import { tiptapToPlainText } from './plain-text';

const p = (value: string) => ({ type: 'paragraph', content: [{ type: 'text', text: value }] });

describe('tiptapToPlainText', () => {
  it('writes one line per block and marks list items', () => {
    const doc: TiptapDoc = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Ablauf' }] },
        {
          type: 'bulletList',
          content: [
            { type: 'listItem', content: [p('Antrag')] },
            { type: 'listItem', content: [p('Gebühr')] },
          ],
        },
        { type: 'orderedList', attrs: { start: 2 }, content: [{ type: 'listItem', content: [p('zwei')] }] },
        p('Ende'),
      ],
    };
    expect(tiptapToPlainText(doc)).toBe('Ablauf\n- Antrag\n- Gebühr\n2. zwei\nEnde');
  });

  it('indents nested lists', () => {
    const doc: TiptapDoc = {
      type: 'doc',
      content: [
        {
          type: 'bulletList',
          content: [
            { type: 'listItem', content: [p('außen'), { type: 'bulletList', content: [{ type: 'listItem', content: [p('innen')] }] }] },
          ],
        },
      ],
    };
    expect(tiptapToPlainText(doc)).toBe('- außen\n  - innen');
  });

  it('is empty for an empty document', () => {
    expect(tiptapToPlainText({ type: 'doc', content: [{ type: 'paragraph' }] })).toBe('');
  });
});
