import { describe, expect, it } from '@jest/globals';
import { checkTargets, searchTargetsMissed, type BenchReport } from './report-model';
import type { RankingAtScale } from './ranking-at-scale';

const base: BenchReport = {
  date: '2026-11-25T18:00:00.000Z',
  machine: { cores: 2, cpuModel: 'x', ramGiB: 1, node: 'v20', platform: 'linux', loadAverage: 1 },
  revision: { commit: 'abc', uncommitted: [] },
  totalSeconds: 1,
  queries: 64,
  imports: {},
  drills: [],
  targets: [],
  failures: [],
};

const side = (p50: number, requestsPerSecond: number) => ({
  count: 1,
  p50,
  p95: p50,
  p99: p50,
  max: p50,
  requestsPerSecond,
  non2xx: 0,
  errors: 0,
});

describe(checkTargets.name, () => {
  it('counts every target without a figure as missed', () => {
    const targets = checkTargets(base);

    expect(targets.map((t) => t.met)).toEqual([false, false, false, false, false, false]);
    expect(targets[0].measured).toBe('–');
  });

  it('judges the latency ratio at c=1 and the throughput ratio at c=8', () => {
    const search = {
      c1: { concurrency: 1, raw: side(4, 250), api: side(8, 125), p50Ratio: 2.0, throughputRatio: 0.5 },
      c8: { concurrency: 8, raw: side(20, 400), api: side(30, 236), p50Ratio: 1.5, throughputRatio: 0.59 },
      breakdown: { rawMeilisearch: 4, searchService: 4.5, apiTotal: 5, requestOverhead: 0.5, degraded: 0, probed: 64 },
    };
    const [c1, c8] = checkTargets({ ...base, search });

    expect(c1).toMatchObject({ measured: '2.00', met: true });
    expect(c8).toMatchObject({ measured: '0.59', met: false });
    expect(searchTargetsMissed(search)).toBe(true);
    expect(searchTargetsMissed({ ...search, c8: { ...search.c8, throughputRatio: 0.6 } })).toBe(false);
  });

  it('judges the ranking p95 only on a corpus of 100k articles or more', () => {
    const latency = (p95: number) => ({ count: 10, p50: p95 / 2, p95, p99: p95, max: p95 });
    const ranking = (articles: number, p95: number): RankingAtScale => ({
      ...latency(p95),
      build: { baseArticles: 10_287, copies: 10, articles, postings: 0, postingsMiB: 0, seconds: { copy: 0, indexes: 0, vacuum: 0 } },
      queries: 10,
      passes: 1,
      candidates: 50,
      firstPass: latency(p95),
      noCandidates: 0,
    });

    expect(checkTargets({ ...base, rankingAtScale: ranking(102_870, 42) })[2]).toMatchObject({
      name: 'PostgreSQL ranking alone p95 (102,870 articles)',
      measured: '42.0 ms',
      met: true,
    });
    expect(checkTargets({ ...base, rankingAtScale: ranking(10_296, 12) })[2].met).toBe(false);
    expect(checkTargets({ ...base, rankingAtScale: ranking(102_870, 51) })[2].met).toBe(false);
  });

  it('judges the frozen search on the searches after the first, all degraded and none failed', () => {
    const frozen = {
      count: 191,
      p50: 20,
      p95: 60,
      p99: 90,
      max: 2001,
      firstMs: 2003,
      slowAfterFirst: 1,
      degradedAnswers: 191,
      failed: 0,
      recoverySeconds: 1,
    };

    expect(checkTargets({ ...base, frozen })[4]).toMatchObject({ measured: '60.0 ms', met: true });
    expect(checkTargets({ ...base, frozen: { ...frozen, degradedAnswers: 190 } })[4].met).toBe(false);
    expect(checkTargets({ ...base, frozen: { ...frozen, p95: 101 } })[4].met).toBe(false);
  });

  it('lists each drill as a target', () => {
    const drills = [{ name: 'kill -9', pass: true, summary: '', figures: {} }];

    expect(checkTargets({ ...base, drills }).at(-1)).toEqual({ name: 'drill: kill -9', target: 'PASS', measured: 'PASS', met: true });
  });
});
