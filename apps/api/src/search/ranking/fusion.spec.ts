import { coverage, fuse, type EngineCandidate } from './fusion';
import type { Bm25fCandidate } from './bm25f-query';

const bm = (articleId: string, score: number, credits: number[] = [1]): Bm25fCandidate => ({
  articleId,
  score,
  departmentId: 'd',
  kind: 'service',
  credits,
});
const meili = (articleId: string, score: number): EngineCandidate => ({ articleId, score, departmentId: 'd', kind: 'service' });

describe(fuse.name, () => {
  const params = { fusion: { bm25f: 3, meilisearch: 1 } };

  it('adds the max-normalised BM25F score and the weighted Meilisearch score', () => {
    const fused = fuse([bm('a', 10), bm('b', 5)], [1], [meili('b', 0.9), meili('c', 0.8)], params);
    expect(fused.map((c) => [c.articleId, Number(c.score.toFixed(3))])).toEqual([
      ['a', 3],
      ['b', 2.4],
      ['c', 0.8],
    ]);
  });

  it('ranks by BM25F alone when Meilisearch is unavailable', () => {
    expect(fuse([bm('a', 1), bm('b', 4)], [1], null, params).map((c) => c.articleId)).toEqual(['b', 'a']);
  });

  it('gives a hit only Meilisearch found no coverage: it cannot make a search answered', () => {
    expect(fuse([], [1], [meili('x', 1)], params)[0]).toMatchObject({ articleId: 'x', coverage: 0 });
  });
});

describe(coverage.name, () => {
  it('is the idf-weighted share of the words matched, each with the weight of its best term', () => {
    expect(coverage([1, 0], [3, 1])).toBeCloseTo(0.75);
    expect(coverage([0.5, 1], [2, 2])).toBeCloseTo(0.75);
  });

  it('counts a word no article contains with its full importance', () => {
    // "Wohngeld beantragen": beantragen matched everywhere (low idf), wohngeld nowhere (highest idf).
    expect(coverage([0, 1], [6.3, 0.4])).toBeLessThan(0.1);
  });

  it('is 0 for an empty query', () => expect(coverage([], [])).toBe(0));
});
