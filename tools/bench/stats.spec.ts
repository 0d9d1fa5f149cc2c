import { describe, expect, it } from '@jest/globals';
import { percentile, summarize } from './stats';

describe(percentile.name, () => {
  it('interpolates between the closest ranks', () => {
    expect(percentile([10, 20, 30, 40], 50)).toBe(25);
    expect(percentile([10, 20, 30, 40], 100)).toBe(40);
    expect(percentile([10, 20, 30, 40], 0)).toBe(10);
  });

  it('is NaN without samples', () => {
    expect(percentile([], 50)).toBeNaN();
  });
});

describe(summarize.name, () => {
  it('sorts the samples and reports p50, p95, p99 and the maximum', () => {
    const samples = Array.from({ length: 101 }, (_, i) => 100 - i);
    expect(summarize(samples)).toEqual({ count: 101, p50: 50, p95: 95, p99: 99, max: 100 });
  });
});
