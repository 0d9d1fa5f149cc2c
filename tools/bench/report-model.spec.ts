import { describe, expect, it } from '@jest/globals';
import { checkTargets, type BenchReport } from './report-model';

const base: BenchReport = {
  date: '2026-11-25T18:00:00.000Z',
  machine: { cores: 2, cpuModel: 'x', ramGiB: 1, node: 'v20', platform: 'linux' },
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

    expect(targets.map((t) => t.met)).toEqual([false, false, false, false, false]);
    expect(targets[0].measured).toBe('–');
  });

  it('judges the latency ratio at c=1 and the throughput ratio at c=8', () => {
    const search = {
      c1: { concurrency: 1, raw: side(4, 250), api: side(5, 200), p50Ratio: 1.25, throughputRatio: 0.8 },
      c8: { concurrency: 8, raw: side(20, 400), api: side(30, 280), p50Ratio: 1.5, throughputRatio: 0.7 },
      breakdown: { rawMeilisearch: 4, searchService: 4.5, apiTotal: 5, requestOverhead: 0.5, sameFirstHits: 64, degraded: 0, probed: 64 },
    };
    const [c1, c8] = checkTargets({ ...base, search });

    expect(c1).toMatchObject({ measured: '1.25', met: true });
    expect(c8).toMatchObject({ measured: '0.70', met: false });
  });

  it('lists each drill as a target', () => {
    const drills = [{ name: 'kill -9', pass: true, summary: '', figures: {} }];

    expect(checkTargets({ ...base, drills }).at(-1)).toEqual({ name: 'drill: kill -9', target: 'PASS', measured: 'PASS', met: true });
  });
});
