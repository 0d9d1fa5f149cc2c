/** Latency figures of one series of requests, in milliseconds. */
export interface LatencySummary {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** Percentile with linear interpolation between the closest ranks (p in 0..100). */
export function percentile(sortedAscending: readonly number[], p: number): number {
  const n = sortedAscending.length;
  if (n === 0) return Number.NaN;
  const rank = (p / 100) * (n - 1);
  const low = Math.floor(rank);
  const high = Math.min(n - 1, low + 1);
  return sortedAscending[low] + (sortedAscending[high] - sortedAscending[low]) * (rank - low);
}

/** p50/p95/p99/max of the samples. */
export function summarize(samples: readonly number[]): LatencySummary {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    count: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.length ? sorted[sorted.length - 1] : Number.NaN,
  };
}

/** Rounds to one decimal (the precision of every latency the bench prints). */
export function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
