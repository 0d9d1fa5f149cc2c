import { csvCell, freshnessOverviewToCsv } from './freshness-csv';
import type { FreshnessCounts } from '@bsc/domain';

const counts = (overrides: Partial<FreshnessCounts> = {}): FreshnessCounts => ({
  published: 8,
  fresh: 6,
  dueSoon: 1,
  overdue: 1,
  flagged: 1,
  expiring: 0,
  trustScore: 5 / 8,
  ...overrides,
});

describe(freshnessOverviewToCsv.name, () => {
  it('writes a BOM, German headers, semicolons, a decimal comma and a total row', () => {
    const csv = freshnessOverviewToCsv({
      at: '2026-06-01T10:00:00.000Z',
      overall: counts(),
      departments: [
        { departmentId: 'd1', departmentName: 'Bürgerbüro', ...counts() },
        {
          departmentId: 'd2',
          departmentName: 'Leer',
          ...counts({ published: 0, fresh: 0, dueSoon: 0, overdue: 0, flagged: 0, trustScore: null }),
        },
      ],
      items: [],
    });

    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'Fachbereich;Veröffentlicht;Aktuell;Prüfung bald fällig;Prüfung überfällig;Mit offener Meldung;Läuft bald ab;Vertrauenswert (%)',
      'Bürgerbüro;8;6;1;1;1;0;62,5',
      'Leer;0;0;0;0;0;0;',
      'Gesamt;8;6;1;1;1;0;62,5',
      '',
    ]);
  });
});

describe(csvCell.name, () => {
  it('quotes separators and quotes, and defuses spreadsheet formulas', () => {
    expect(csvCell('Jugend; Familie')).toBe('"Jugend; Familie"');
    expect(csvCell('Amt "Nord"')).toBe('"Amt ""Nord"""');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('Bürgerbüro')).toBe('Bürgerbüro');
  });
});
