import { AUDIT_ACTION_OPTIONS, filtersFromParams, filtersToParams, formatAuditDetails, toAuditQuery } from './audit-filters';

const empty = { actor: '', subject: '', action: '', title: '', from: '', to: '' };

describe('audit filters', () => {
  it('round-trips through the URL with German parameter names', () => {
    const filters = { ...empty, actor: 'admin', action: 'article.verified', title: 'Reisepass', from: '2026-11-01' };
    const params = filtersToParams(filters);
    expect(params).toEqual({ akteur: 'admin', aktion: 'article.verified', titel: 'Reisepass', von: '2026-11-01' });
    expect(filtersFromParams(new URLSearchParams(params))).toEqual(filters);
  });

  it('ignores malformed dates in the URL', () => {
    expect(filtersFromParams(new URLSearchParams({ von: 'gestern', bis: '2026-11-30' }))).toEqual({ ...empty, to: '2026-11-30' });
  });

  it('asks for whole days, the end day included, and a bounded page', () => {
    const query = toAuditQuery({ ...empty, from: '2026-11-01', to: '2026-11-01' });
    expect(query.limit).toBe(200);
    const span = Date.parse(query.to ?? '') - Date.parse(query.from ?? '');
    expect(span).toBe(24 * 60 * 60 * 1000 - 1);
    expect(toAuditQuery(empty)).toEqual({ limit: 200 });
  });

  it('shows details as readable lines with German field names, nested ones included', () => {
    expect(
      formatAuditDetails({ title: 'Pass', before: { roles: ['agent', 'author'], active: true }, version: 3, fixedInVersion: null }),
    ).toEqual(['Titel: Pass', 'Vorher: Rollen: agent, author; Aktiv: ja', 'Version: 3', 'Behoben in Version: –']);
  });

  it('keeps a field it has no label for (the import report) as it is stored', () => {
    expect(formatAuditDetails({ servicesRead: 12 })).toEqual(['servicesRead: 12']);
  });

  it('offers every action by its German name, alphabetically', () => {
    const labels = AUDIT_ACTION_OPTIONS.map((option) => option.label);
    expect(labels).toContain('Freigegeben');
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b, 'de')));
    expect(AUDIT_ACTION_OPTIONS.find((option) => option.label === 'Meldung erstellt')?.value).toBe('flag.created');
  });
});
