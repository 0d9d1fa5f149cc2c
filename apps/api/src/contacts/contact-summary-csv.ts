import type { ContactCounts, ContactSummary } from '@bsc/domain';
import { csvCell } from '../freshness/freshness-csv';

const BOM = '\uFEFF';
const HEADERS = ['Bereich', 'Bezeichnung', 'Kontakte', 'Erledigt', 'Weitergeleitet', 'Verwiesen', 'Erstkontaktquote (%)'];
const CHANNELS: Record<string, string> = { phone: 'Telefon', counter: 'Schalter', email: 'E-Mail' };

function cells(c: ContactCounts): string[] {
  const rate = c.rate === null ? '' : (Math.round(c.rate * 1000) / 10).toLocaleString('de-DE', { maximumFractionDigits: 1 });
  return [c.total, c.settled, c.forwarded, c.referred].map(String).concat(rate);
}

/** The dashboard as one flat table for Excel (German locale: semicolons, decimal comma, BOM, CRLF). */
export function contactSummaryToCsv(summary: ContactSummary): string {
  const rows = [
    HEADERS,
    [
      'Gesamt',
      `${summary.from} bis ${summary.to}`,
      ...cells({ ...summary, forwarded: summary.byOutcome.forwarded, referred: summary.byOutcome.referred }),
    ],
    ...summary.byWeek.map((w) => ['Woche', `${w.isoWeek} (ab ${w.weekStart})`, ...cells(w)]),
    ...summary.byChannel.map((c) => ['Kanal', CHANNELS[c.channel] ?? c.channel, ...cells(c)]),
    ...summary.byDepartment.map((d) => ['Fachbereich', d.departmentName ?? 'ohne Fachbereich', ...cells(d)]),
    ...summary.byArticle.map((a) => ['Artikel', a.title, ...cells(a)]),
    ['Ohne geöffneten Artikel', '', ...cells(summary.withoutArticle)],
  ];
  return BOM + rows.map((row) => row.map(csvCell).join(';')).join('\r\n') + '\r\n';
}
