import { diffContents, emptyArticleContent, type ArticleContent } from '@bsc/domain';
import { articleMessages } from './messages';

// The answer card and the reviewer's diff name a value with the one label libs/domain holds.
describe('articleMessages', () => {
  it('name the BSC resolution and link kinds as the review diff does', () => {
    const before: ArticleContent = { ...emptyArticleContent(), bscResolution: 'referral', links: [] };
    const after: ArticleContent = {
      ...before,
      bscResolution: 'complete',
      links: [{ label: 'Antrag', url: 'https://a.de', kind: 'online_service' }],
    };
    const diffs = diffContents(before, after);
    const added = (field: string) =>
      diffs
        .find((diff) => diff.field === field)
        ?.parts.filter((part) => part.added)
        .map((part) => part.value)
        .join('');
    expect(added('bscResolution')).toBe(articleMessages.bscResolution.complete);
    expect(articleMessages.bscResolution.complete).toBe('Am BSC abschließend');
    expect(added('links')).toContain(`(${articleMessages.linkKind.online_service})`);
  });
});
