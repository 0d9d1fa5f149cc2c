/** One evaluation query: the citizen's words and every answer a good search may open. */
export interface EvalQuery {
  q: string;
  relevant: string[];
}

/** The ranked answer ids a search returned for a query. */
export interface EvalRun {
  query: EvalQuery;
  ranked: string[];
}

/** hit@1, hit@3 and MRR@10 over a query set, plus the queries without a relevant answer in the top 3. */
export interface EvalReport {
  queries: number;
  hitAt1: number;
  hitAt3: number;
  mrrAt10: number;
  misses: { q: string; rank: number | null; top3: string[] }[];
}

/** 1-based rank of the first relevant answer, or null when none is in the list. */
export function firstRelevantRank(run: EvalRun, depth = 10): number | null {
  const relevant = new Set(run.query.relevant);
  const index = run.ranked.slice(0, depth).findIndex((id) => relevant.has(id));
  return index < 0 ? null : index + 1;
}

/** Scores the runs: hit@k = share of queries with a relevant answer in the top k; MRR@10 = mean of 1/rank. */
export function evaluate(runs: EvalRun[]): EvalReport {
  const ranks = runs.map((run) => firstRelevantRank(run, 10));
  const share = (predicate: (rank: number | null) => boolean) => (runs.length === 0 ? 0 : ranks.filter(predicate).length / runs.length);
  return {
    queries: runs.length,
    hitAt1: share((rank) => rank === 1),
    hitAt3: share((rank) => rank !== null && rank <= 3),
    mrrAt10: runs.length === 0 ? 0 : ranks.reduce<number>((sum, rank) => sum + (rank ? 1 / rank : 0), 0) / runs.length,
    misses: runs
      .map((run, i) => ({ q: run.query.q, rank: ranks[i], top3: run.ranked.slice(0, 3) }))
      .filter((miss) => miss.rank === null || miss.rank > 3),
  };
}

/** Share of the searches that said they found no answer (`answered: false`). */
/**
 * The queries that name no service of the catalogue as relevant (an id the sample does not
 * have, or none at all): they can only miss, so a report must say so rather than count them in
 * silence.
 */
export function queriesWithoutKnownAnswer(queries: readonly EvalQuery[], serviceIds: ReadonlySet<string>): EvalQuery[] {
  return queries.filter((query) => !query.relevant.some((id) => serviceIds.has(id)));
}

export function unansweredShare(runs: readonly { answered: boolean }[]): number {
  return runs.length === 0 ? 0 : runs.filter((run) => !run.answered).length / runs.length;
}

/** The p-th percentile (0–100) of the samples, nearest rank; 0 for no samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return 0;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

/** Reads a query file: `{ queries: [{ q, relevant: [...] }] }`. */
export function parseEvalQueries(json: unknown): EvalQuery[] {
  const queries = typeof json === 'object' && json !== null && 'queries' in json ? (json as { queries: unknown }).queries : null;
  if (!Array.isArray(queries)) throw new Error('Query file must be { "queries": [ { "q": …, "relevant": [ … ] } ] }');
  return queries.map((entry: unknown, i) => {
    const { q, relevant } = (entry ?? {}) as { q?: unknown; relevant?: unknown };
    // DLDB ids are numbers in the catalogue itself: a file that writes them as numbers means the same ids.
    const ids = Array.isArray(relevant) && relevant.every(isId) ? relevant.map(String) : null;
    if (typeof q !== 'string' || !ids) throw new Error(`Query ${i + 1} is malformed`);
    return { q, relevant: ids };
  });
}

function isId(value: unknown): value is string | number {
  return typeof value === 'string' || (typeof value === 'number' && Number.isInteger(value));
}
