import { ArticleStatusLabels, FreshnessStateLabels, type FreshnessCounts, type FreshnessOverview } from '@bsc/domain';

/** Byte order mark: without it Excel opens UTF-8 as Windows-1252 and garbles umlauts. */
const BOM = '\uFEFF';

const HEADERS = [
  'Fachbereich',
  ArticleStatusLabels.published,
  FreshnessStateLabels.fresh,
  FreshnessStateLabels.due_soon,
  FreshnessStateLabels.overdue,
  'Mit offener Meldung',
  'Läuft bald ab',
  'Vertrauenswert (%)',
];

/** The overview as CSV for Excel in German locale: semicolons, decimal comma, BOM, CRLF. */
export function freshnessOverviewToCsv(overview: FreshnessOverview): string {
  const rows = [
    HEADERS,
    ...overview.departments.map((d) => [d.departmentName, ...countCells(d)]),
    ['Gesamt', ...countCells(overview.overall)],
  ];
  return BOM + rows.map((cells) => cells.map(csvCell).join(';')).join('\r\n') + '\r\n';
}

function countCells(c: FreshnessCounts): string[] {
  const score = c.trustScore === null ? '' : (Math.round(c.trustScore * 1000) / 10).toLocaleString('de-DE', { maximumFractionDigits: 1 });
  return [c.published, c.fresh, c.dueSoon, c.overdue, c.flagged, c.expiring].map(String).concat(score);
}

/**
 * Quotes a cell when needed and defuses formula injection: a department name starting with
 * =, +, - or @ would otherwise run as a formula when the file is opened in Excel.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
