import { allOf, oneOfOrNull, queryOne, queryRows, type Queryable } from './typed-rows';

const returning = (rows: unknown): Queryable => ({ query: async () => rows });
const SHAPE = {
  id: 'text',
  n: 'int',
  score: 'float',
  ok: 'bool',
  at: 'timestamptz?',
  tags: 'text[]',
  positions: 'int[]',
  lengths: 'float[]',
  role: allOf(['agent', 'admin'] as const),
  reason: oneOfOrNull(['wrong', 'unclear'] as const),
} as const;
const ROW = {
  id: 'a',
  n: 3,
  score: 0.25,
  ok: true,
  at: null,
  tags: ['x'],
  positions: [0, 2],
  lengths: [1.5, 3],
  role: ['admin'],
  reason: null,
  extra: 'ignored',
};

describe('queryRows', () => {
  it('returns the rows typed by their shape, with only the declared columns', async () => {
    const rows = await queryRows(returning([ROW]), SHAPE, 'SELECT …');
    const { extra: _extra, ...declared } = ROW;
    expect(rows).toEqual([declared]);
  });

  it.each([
    ['a bigint that arrived as a string', { n: '3' }, /column n: expected int/],
    ['a fraction in an int column', { n: 3.5 }, /column n: expected int/],
    ['numeric that arrived as text', { score: '0.25' }, /column score: expected float, got string/],
    ['NaN in a float column', { score: Number.NaN }, /column score: expected float/],
    ['NULL in a NOT NULL column', { id: null }, /column id: expected text, got null/],
    ['a missing column', { ok: undefined }, /column ok: expected bool/],
    ['a fraction in an int[] column', { positions: [0, 1.5] }, /column positions: expected int\[\]/],
    ['text in a float[] column', { lengths: ['1.5'] }, /column lengths: expected float\[\]/],
    ['a scalar in an array column', { lengths: 1.5 }, /column lengths: expected float\[\], got number/],
    ['an unknown role', { role: ['root'] }, /column role: expected one of agent, admin/],
    ['an unknown reason', { reason: 'nice' }, /column reason: expected one of wrong, unclear/],
  ])('throws on %s, naming the column', async (_name, change, message) => {
    await expect(queryRows(returning([{ ...ROW, ...change }]), SHAPE, 'SELECT …')).rejects.toThrow(message);
  });

  it('hands a JSONB column to its parser and names the column when the parser refuses', async () => {
    const parsePoint = (value: unknown): { x: number } => {
      const x: unknown = typeof value === 'object' && value !== null ? Reflect.get(value, 'x') : undefined;
      if (typeof x !== 'number') throw new Error('not a point');
      return { x };
    };
    expect(await queryOne(returning([{ point: { x: 1 } }]), { point: parsePoint }, 'SELECT …')).toEqual({ point: { x: 1 } });
    await expect(queryOne(returning([{ point: { y: 1 } }]), { point: parsePoint }, 'SELECT …')).rejects.toThrow(
      'column point: not a point',
    );
  });

  it('queryOne wants exactly a row', async () => {
    expect(await queryOne(returning([{ n: 1 }]), { n: 'int' }, 'SELECT 1')).toEqual({ n: 1 });
    await expect(queryOne(returning([]), { n: 'int' }, 'SELECT 1')).rejects.toThrow('no row');
  });
});
