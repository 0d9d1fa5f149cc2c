import { describe, expect, it } from '@jest/globals';
import { splitFirst } from './frozen-search';

describe(splitFirst.name, () => {
  const outcome = (ms: number, degraded = true, status = 200) => ({ ms, degraded, status });

  it('reports the first search apart and judges the rest', () => {
    const figures = splitFirst([outcome(2010), outcome(10), outcome(20), outcome(30), outcome(2005), outcome(40, false)]);

    expect(figures.firstMs).toBe(2010);
    expect(figures.count).toBe(5);
    expect(figures.p50).toBe(30);
    expect(figures.max).toBe(2005);
    expect(figures.slowAfterFirst).toBe(1);
    expect(figures.degradedAnswers).toBe(4);
  });

  it('counts failures including the first search', () => {
    expect(splitFirst([outcome(2000, false, 500), outcome(5, true, 503)]).failed).toBe(2);
  });

  it('refuses an empty run', () => {
    expect(() => splitFirst([])).toThrow('no searches');
  });
});
