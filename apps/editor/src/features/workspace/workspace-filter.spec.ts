import { filterFromParams, paramsFromFilter } from './workspace-filter';

describe(filterFromParams.name, () => {
  it('reads status, department and text, ignoring unknown statuses and blank text', () => {
    expect(filterFromParams(new URLSearchParams('status=draft&fachbereich=d1&suche=%20Hund%20'))).toEqual({
      status: 'draft',
      departmentId: 'd1',
      q: 'Hund',
    });
    expect(filterFromParams(new URLSearchParams('status=weg&suche=%20'))).toEqual({});
  });

  it('round-trips through the URL parameters', () => {
    const filter = { status: 'published' as const, departmentId: 'd2', q: 'Pass' };
    expect(filterFromParams(new URLSearchParams(paramsFromFilter(filter)))).toEqual(filter);
    expect(paramsFromFilter({})).toEqual({});
  });
});
