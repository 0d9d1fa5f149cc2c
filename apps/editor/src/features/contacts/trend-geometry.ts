import type { ContactWeek } from '@bsc/domain';

/** A point of the weekly trend line in SVG coordinates; weeks without contacts have none. */
export interface TrendPoint {
  x: number;
  y: number;
  week: ContactWeek;
}

/** Size and padding of the trend chart. */
export const TREND_BOX = { width: 640, height: 220, left: 40, right: 12, top: 12, bottom: 28 } as const;

/** Places each week with a rate on a 0–100 % axis; the line skips weeks without contacts. */
export function trendPoints(weeks: readonly ContactWeek[]): TrendPoint[] {
  const { width, height, left, right, top, bottom } = TREND_BOX;
  const step = weeks.length > 1 ? (width - left - right) / (weeks.length - 1) : 0;
  return weeks.flatMap((week, index) =>
    week.rate === null ? [] : [{ x: left + index * step, y: top + (1 - week.rate) * (height - top - bottom), week }],
  );
}

/** The SVG path through the points ("M x y L x y …"), empty without points. */
export function trendPath(points: readonly TrendPoint[]): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)} ${p.y.toFixed(1)}`).join(' ');
}
