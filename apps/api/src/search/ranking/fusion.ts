import type { IndexHit } from '../search-index.port';
import type { Bm25fCandidate } from './bm25f-query';
import type { RankingParams } from './ranking-params';

/** A Meilisearch hit as the fusion sees it. */
export interface EngineCandidate {
  articleId: string;
  /** Meilisearch's _rankingScore in [0, 1]. */
  score: number;
  departmentId: string;
  kind: string;
}

/** Meilisearch's hits as the fusion reads them (the one mapping for the API and the evaluations). */
export function toEngineCandidates(hits: readonly IndexHit[]): EngineCandidate[] {
  return hits.map((hit) => ({ articleId: hit.id, score: hit.score, departmentId: hit.departmentId, kind: hit.kind }));
}

/** A fused candidate, best first. */
export interface FusedCandidate {
  articleId: string;
  score: number;
  departmentId: string;
  kind: string;
  /** Share of the query the candidate answers (answer-confidence.ts); 0 for a Meilisearch-only hit. */
  coverage: number;
}

/**
 * Score fusion of the two rankers: BM25F divided by its best score (so the best BM25F hit gets
 * 1 whatever the query length) and Meilisearch's _rankingScore (already in [0, 1]), weighted
 * by `fusion`. Measured (SEARCH-NOTES.md): score fusion beat rank-only fusion, which gives a
 * weak list an equal say. A candidate missing from one list gets 0 from it. `fusion.coverage`
 * adds the candidate's answer coverage (in [0, 1]): how much of the query it is about, rather
 * than how often it repeats one rare word.
 */
export function fuse(
  bm25f: readonly Bm25fCandidate[],
  coverageOf: (candidate: Bm25fCandidate) => number,
  engine: readonly EngineCandidate[] | null,
  params: Pick<RankingParams, 'fusion'>,
): FusedCandidate[] {
  const best = Math.max(0, ...bm25f.map((c) => c.score));
  const fused = new Map<string, FusedCandidate>();
  for (const c of bm25f) {
    const normalised = best > 0 ? c.score / best : 0;
    const coverage = coverageOf(c);
    fused.set(c.articleId, {
      articleId: c.articleId,
      score: params.fusion.bm25f * normalised + params.fusion.coverage * coverage,
      departmentId: c.departmentId,
      kind: c.kind,
      coverage,
    });
  }
  for (const c of engine ?? []) {
    const seen = fused.get(c.articleId);
    const add = params.fusion.meilisearch * c.score;
    if (seen) seen.score += add;
    else fused.set(c.articleId, { articleId: c.articleId, score: add, departmentId: c.departmentId, kind: c.kind, coverage: 0 });
  }
  return [...fused.values()].sort((a, b) => b.score - a.score || (a.articleId < b.articleId ? -1 : 1));
}
