import { ARTICLE_CONTENT_FIELDS } from './article';
import { emptyArticleContent } from './content-defaults';
import { validateTiptapDoc } from './tiptap-validation';

describe('emptyArticleContent', () => {
  it('has every content field, a valid empty body and the given title', () => {
    const content = emptyArticleContent('Hund anmelden');
    expect(Object.keys(content).sort()).toEqual([...ARTICLE_CONTENT_FIELDS].sort());
    expect(content.title).toBe('Hund anmelden');
    expect(validateTiptapDoc(content.body)).toEqual(content.body);
    expect(content.bscResolution).toBe('referral');
  });

  it('returns independent objects', () => {
    const a = emptyArticleContent();
    a.keywords.push('x');
    a.body.content.push({ type: 'horizontalRule' });
    const b = emptyArticleContent();
    expect(b.title).toBe('');
    expect(b.keywords).toEqual([]);
    expect(b.body.content).toHaveLength(1);
  });
});
