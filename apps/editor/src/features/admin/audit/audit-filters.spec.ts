import { filtersFromParams, filtersToParams, formatAuditDetails, toAuditQuery } from './audit-filters';

const empty = { actor: '', subject: '', action: '', from: '', to: '' };

describe('audit filters', () => {
  it('round-trips through the URL with German parameter names', () => {
    const filters = { ...empty, actor: 'admin', action: 'article.verified', from: '2026-11-01' };
    const params = filtersToParams(filters);
    expect(params).toEqual({ akteur: 'admin', aktion: 'article.verified', von: '2026-11-01' });
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

  it('shows details as readable lines', () => {
    expect(formatAuditDetails({ title: 'Pass', before: { roles: ['agent'] }, version: 3 })).toEqual([
      'title: Pass',
      'before: {"roles":["agent"]}',
      'version: 3',
    ]);
  });
});
