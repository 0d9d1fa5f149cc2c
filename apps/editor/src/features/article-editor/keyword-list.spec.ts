import { ArticleLimits } from '@bsc/domain';
import { addKeywords } from './keyword-list';

describe('addKeywords', () => {
  it('splits on commas, trims and skips case-insensitive duplicates', () => {
    expect(addKeywords(['Auto'], ' auto , Kfz,, ummelden ')).toEqual(['Auto', 'Kfz', 'ummelden']);
  });

  it('cuts long keywords and stops at the maximum count', () => {
    const full = Array.from({ length: ArticleLimits.keywordsMax }, (_, i) => `k${i}`);
    expect(addKeywords(full, 'neu')).toHaveLength(ArticleLimits.keywordsMax);
    expect(addKeywords([], 'x'.repeat(200))[0]).toHaveLength(ArticleLimits.keywordMax);
  });
});
