import { allOf, oneOfOrNull, queryOne, queryRows, type Queryable } from './typed-rows';

const returning = (rows: unknown): Queryable => ({ query: async () => rows });
const SHAPE = {
  id: 'text',
  n: 'int',
  ok: 'bool',
  at: 'timestamptz?',
  tags: 'text[]',
  role: allOf(['agent', 'admin'] as const),
  reason: oneOfOrNull(['wrong', 'unclear'] as const),
} as const;
const ROW = { id: 'a', n: 3, ok: true, at: null, tags: ['x'], role: ['admin'], reason: null, extra: 'ignored' };

describe('queryRows', () => {
  it('returns the rows typed by their shape, with only the declared columns', async () => {
    const rows = await queryRows(returning([ROW]), SHAPE, 'SELECT …');
    expect(rows).toEqual([{ id: 'a', n: 3, ok: true, at: null, tags: ['x'], role: ['admin'], reason: null }]);
  });

  it.each([
    ['a bigint that arrived as a string', { n: '3' }, /column n: expected int/],
    ['NULL in a NOT NULL column', { id: null }, /column id: expected text, got null/],
    ['a missing column', { ok: undefined }, /column ok: expected bool/],
    ['an unknown role', { role: ['root'] }, /expected one of agent, admin/],
    ['an unknown reason', { reason: 'nice' }, /expected one of wrong, unclear/],
  ])('throws on %s instead of passing it on', async (_name, change, message) => {
    await expect(queryRows(returning([{ ...ROW, ...change }]), SHAPE, 'SELECT …')).rejects.toThrow(message);
  });

  it('queryOne wants exactly a row', async () => {
    expect(await queryOne(returning([{ n: 1 }]), { n: 'int' }, 'SELECT 1')).toEqual({ n: 1 });
    await expect(queryOne(returning([]), { n: 'int' }, 'SELECT 1')).rejects.toThrow('no row');
  });
});
