import { toTiptapDoc } from './tiptap-json';

describe('toTiptapDoc', () => {
  it('copies types, attrs, marks and text and drops empty attrs', () => {
    const doc = toTiptapDoc({
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'A', marks: [{ type: 'bold' }] }] },
        { type: 'paragraph', attrs: {}, content: [] },
      ],
    });
    expect(doc).toEqual({
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'A', marks: [{ type: 'bold' }] }] },
        { type: 'paragraph', content: [] },
      ],
    });
  });

  it('always returns a doc root', () => {
    expect(toTiptapDoc({})).toEqual({ type: 'doc', content: [] });
  });
});
