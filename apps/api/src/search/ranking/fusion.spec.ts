import { fuse, type EngineCandidate } from './fusion';
import type { Bm25fCandidate } from './bm25f-query';

const bm = (articleId: string, score: number): Bm25fCandidate => ({
  articleId,
  score,
  departmentId: 'd',
  kind: 'service',
  matched: new Map(),
  about: new Set(),
});
const full = () => 1;
const meili = (articleId: string, score: number): EngineCandidate => ({ articleId, score, departmentId: 'd', kind: 'service' });

describe(fuse.name, () => {
  const params = { fusion: { bm25f: 3, meilisearch: 1, coverage: 0 } };

  it('adds the max-normalised BM25F score and the weighted Meilisearch score', () => {
    const fused = fuse([bm('a', 10), bm('b', 5)], full, [meili('b', 0.9), meili('c', 0.8)], params);
    expect(fused.map((c) => [c.articleId, Number(c.score.toFixed(3))])).toEqual([
      ['a', 3],
      ['b', 2.4],
      ['c', 0.8],
    ]);
  });

  it('adds the weighted answer coverage: the article that is about more of the query moves up', () => {
    const coverage = (c: Bm25fCandidate) => (c.articleId === 'b' ? 1 : 0.2);
    const weighted = { fusion: { bm25f: 1, meilisearch: 0, coverage: 0.5 } };
    const fused = fuse([bm('a', 10), bm('b', 8)], coverage, null, weighted);
    expect(fused.map((c) => [c.articleId, Number(c.score.toFixed(3)), c.coverage])).toEqual([
      ['b', 1.3, 1],
      ['a', 1.1, 0.2],
    ]);
    expect(fuse([bm('a', 10), bm('b', 8)], coverage, null, params).map((c) => c.articleId)).toEqual(['a', 'b']);
  });

  it('ranks by BM25F alone when Meilisearch is unavailable', () => {
    expect(fuse([bm('a', 1), bm('b', 4)], full, null, params).map((c) => c.articleId)).toEqual(['b', 'a']);
  });

  it('gives a hit only Meilisearch found no coverage: it cannot make a search answered', () => {
    expect(fuse([], full, [meili('x', 1)], params)[0]).toMatchObject({ articleId: 'x', coverage: 0 });
  });
});
