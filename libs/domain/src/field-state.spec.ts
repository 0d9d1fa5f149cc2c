import { fieldState, normalizeStatedNone, type ArticleContent } from './article';
import { emptyArticleContent } from './content-defaults';

const content = (overrides: Partial<ArticleContent> = {}): ArticleContent => ({ ...emptyArticleContent('Hund anmelden'), ...overrides });

describe('fieldState', () => {
  it('is "not provided" for an empty field nobody stated to be none, also in content stored before statedNone existed', () => {
    expect(fieldState(content(), 'documents')).toBe('not_provided');
    expect(fieldState(content({ fees: '  ' }), 'fees')).toBe('not_provided');
  });

  it('is "none" only when the author said so, and "filled" whenever there is content', () => {
    expect(fieldState(content({ statedNone: ['documents'] }), 'documents')).toBe('none');
    expect(fieldState(content({ statedNone: ['fees'], fees: '10 Euro' }), 'fees')).toBe('filled');
    expect(fieldState(content({ documents: [{ documentId: 'd1' }] }), 'documents')).toBe('filled');
  });
});

describe('normalizeStatedNone', () => {
  it('keeps known, empty fields once, in field order', () => {
    const c = content({ fees: '10 Euro' });
    expect(normalizeStatedNone(c, ['legalBasis', 'fees', 'documents', 'documents', 'title'])).toEqual(['documents', 'legalBasis']);
    expect(normalizeStatedNone(c, undefined)).toEqual([]);
  });
});
