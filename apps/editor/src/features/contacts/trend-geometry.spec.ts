import type { ContactWeek } from '@bsc/domain';
import { TREND_BOX, trendPath, trendPoints } from './trend-geometry';

const week = (rate: number | null, isoWeek: string): ContactWeek => ({
  weekStart: '2026-12-28',
  isoWeek,
  rate,
  total: rate === null ? 0 : 10,
  settled: rate === null ? 0 : rate * 10,
  forwarded: 0,
  referred: 0,
});

describe('trendPoints', () => {
  it('spreads the weeks over the width, 100 % at the top, and skips weeks without contacts', () => {
    const points = trendPoints([week(1, 'W1'), week(null, 'W2'), week(0, 'W3')]);
    expect(points.map((p) => p.week.isoWeek)).toEqual(['W1', 'W3']);
    expect(points[0]).toMatchObject({ x: TREND_BOX.left, y: TREND_BOX.top });
    expect(points[1]).toMatchObject({ x: TREND_BOX.width - TREND_BOX.right, y: TREND_BOX.height - TREND_BOX.bottom });
    expect(trendPath(points)).toBe('M40.0 12.0 L628.0 192.0');
  });
});
