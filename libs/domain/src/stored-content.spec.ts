import { emptyArticleContent } from './content-defaults';
import { parseStoredContent } from './stored-content';

const STORED = {
  ...emptyArticleContent('Personalausweis beantragen'),
  keywords: ['Ausweis'],
  body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Termin', marks: [{ type: 'bold' }] }] }] },
  documents: [{ documentId: 'd1', note: 'Original' }, { documentId: 'd2' }],
  links: [{ label: 'Termin', url: 'https://example.org', kind: 'appointment' }],
  contactOverride: { phone: '123' },
  leikaKey: '99050012104000',
  bscResolution: 'complete',
};

describe(parseStoredContent.name, () => {
  it('reads content as it was stored', () => {
    expect(parseStoredContent(STORED)).toEqual(STORED);
    expect(parseStoredContent({ ...STORED, statedNone: ['fees'] }).statedNone).toEqual(['fees']);
    expect(parseStoredContent(STORED)).not.toHaveProperty('statedNone');
  });

  it.each([
    ['a missing title', { title: undefined }, 'title is not text'],
    ['a keyword that is no text', { keywords: ['a', 1] }, 'keywords[1] is not text'],
    ['a document without id', { documents: [{ note: 'x' }] }, 'documents[0].documentId is not text'],
    ['an unknown link kind', { links: [{ label: 'a', url: 'b', kind: 'ftp' }] }, 'links[0].kind: unknown value ftp'],
    ['an unknown resolution', { bscResolution: 'maybe' }, 'bscResolution: unknown value maybe'],
    ['a body that is no document', { body: { type: 'paragraph' } }, 'body is not a Tiptap document'],
    ['a node without type deep in the body', { body: { type: 'doc', content: [{ content: [] }] } }, 'body is not a Tiptap document'],
    ['an unknown statedNone field', { statedNone: ['title'] }, 'statedNone[0]: unknown value title'],
  ])('refuses %s, naming the field', (_name, change, message) => {
    expect(() => parseStoredContent({ ...STORED, ...change })).toThrow(message);
  });
});
