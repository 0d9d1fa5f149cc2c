import type { ContactWeek } from '@bsc/domain';
import { contactMessages as m } from '../messages';
import { TREND_BOX, trendPath, trendPoints } from '../trend-geometry';
import { CountsTable } from './counts-table';

const GRID = [0, 0.25, 0.5, 0.75, 1];

/** The first-contact rate per week as a line (for looking) and as a table (for reading). */
export function WeeklyTrend({ weeks }: { weeks: ContactWeek[] }) {
  const points = trendPoints(weeks);
  const { width, height, left, right, top, bottom } = TREND_BOX;
  const y = (rate: number) => top + (1 - rate) * (height - top - bottom);
  return (
    <section aria-labelledby="trend-title">
      <h2 id="trend-title">{m.trendTitle}</h2>
      <figure className="contact-chart">
        <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={m.trendChartLabel(weeks.length)}>
          {GRID.map((rate) => (
            <g key={rate}>
              <line className="contact-chart__axis" x1={left} x2={width - right} y1={y(rate)} y2={y(rate)} />
              <text className="contact-chart__label" x={left - 6} y={y(rate) + 4} textAnchor="end">
                {m.percent(rate)}
              </text>
            </g>
          ))}
          <path className="contact-chart__line" d={trendPath(points)} />
          {points.map((p) => (
            <g key={p.week.weekStart}>
              <circle className="contact-chart__point" cx={p.x} cy={p.y} r={3.5} />
              <text className="contact-chart__label" x={p.x} y={height - 8} textAnchor="middle">
                {p.week.isoWeek.slice(5)}
              </text>
            </g>
          ))}
        </svg>
      </figure>
      <details>
        <summary>{m.showTable}</summary>
        <CountsTable
          caption={m.trendTitle}
          heading={m.week}
          rows={weeks.map((w) => ({ key: w.weekStart, label: m.weekOf(w.isoWeek, w.weekStart), counts: w }))}
        />
      </details>
    </section>
  );
}
