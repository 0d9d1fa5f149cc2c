import { intField, mapRows, oneOfField, optionalOneOfField, textField } from './report-rows';

describe('report rows', () => {
  it('maps each row through its typed shape, reading bigint strings as integers', () => {
    const rows = mapRows([{ n: '42', name: 'Jobcenter' }], (row) => ({ n: intField(row, 'n'), name: textField(row, 'name') }));
    expect(rows).toEqual([{ n: 42, name: 'Jobcenter' }]);
  });

  it('fails loudly when a query returns something else than its shape', () => {
    expect(() => mapRows({ rows: [] }, (row) => row)).toThrow('did not return rows');
    expect(() => mapRows([{ n: 1.5 }], (row) => intField(row, 'n'))).toThrow('not an integer');
    expect(() => mapRows([{ outcome: 'lost' }], (row) => oneOfField(row, 'outcome', ['settled'] as const))).toThrow('unknown value');
  });

  it('reads unknown values of an optional enum column as null', () => {
    expect(mapRows([{ r: 'odd' }, { r: null }, { r: 'complete' }], (row) => optionalOneOfField(row, 'r', ['complete'] as const))).toEqual([
      null,
      null,
      'complete',
    ]);
  });
});
