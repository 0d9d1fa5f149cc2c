/** Anything that runs raw SQL: an EntityManager, a DataSource. */
export interface Queryable {
  // TypeORM types query() for text only, but its PostgreSQL query runner hands the query to
  // node-postgres unchanged, which also takes a PreparedStatement there.
  query(sql: string | PreparedStatement, params?: unknown[]): Promise<unknown>;
}

/**
 * A statement node-postgres prepares once per connection under `name`: later runs skip
 * PostgreSQL's parsing and, once its plan cache has settled on a generic plan, the planning.
 * Only for a statement whose result cannot depend on the plan.
 */
export interface PreparedStatement {
  name: string;
  text: string;
}

/** The SQL text of a query (for EXPLAIN and logs). */
export function sqlText(sql: string | PreparedStatement): string {
  return typeof sql === 'string' ? sql : sql.text;
}

/** How node-postgres returns each kind of column of a raw query. */
interface ColumnValues {
  text: string;
  int: number;
  /** real, float8 (cast numeric and avg() to float8 in the SQL: node-postgres returns numeric as text). */
  float: number;
  bool: boolean;
  timestamptz: Date;
  'text[]': string[];
  'int[]': number[];
  'float[]': number[];
}

/** A column kind; `?` allows NULL. */
type ColumnKind = keyof ColumnValues;

/**
 * Column name → kind, or a parse function for JSONB (it receives the value node-postgres
 * already parsed from JSON) and narrower types (e.g. a union of literals).
 */
export type RowShape = Record<string, ColumnKind | `${ColumnKind}?` | ((value: unknown) => unknown)>;

/** The typed row a shape describes. */
export type RowOf<S extends RowShape> = {
  [C in keyof S]: S[C] extends (value: unknown) => infer T
    ? T
    : S[C] extends `${infer K extends ColumnKind}?`
      ? ColumnValues[K] | null
      : S[C] extends ColumnKind
        ? ColumnValues[S[C]]
        : never;
};

const isInt = (v: unknown): boolean => typeof v === 'number' && Number.isInteger(v);
const isFloat = (v: unknown): boolean => typeof v === 'number' && Number.isFinite(v);
const isText = (v: unknown): boolean => typeof v === 'string';
const arrayOf =
  (isElement: (v: unknown) => boolean) =>
  (v: unknown): boolean =>
    Array.isArray(v) && v.every(isElement);

const IS_KIND: Record<ColumnKind, (value: unknown) => boolean> = {
  text: isText,
  // count(*)::int and int columns arrive as numbers; bigint would arrive as a string and is refused.
  int: isInt,
  float: isFloat,
  bool: (v) => typeof v === 'boolean',
  timestamptz: (v) => v instanceof Date,
  'text[]': arrayOf(isText),
  'int[]': arrayOf(isInt),
  'float[]': arrayOf(isFloat),
};

/**
 * Checks every row of a raw query against its shape and returns it typed: the one way from
 * `query()` (which TypeORM types as any) to a typed row. A mismatch is a programming error
 * (the SQL and the shape disagree) and throws.
 */
export async function queryRows<S extends RowShape>(
  m: Queryable,
  shape: S,
  sql: string | PreparedStatement,
  params: unknown[] = [],
): Promise<RowOf<S>[]> {
  const result: unknown = await m.query(sql, params);
  if (!Array.isArray(result)) throw new Error('query returned no rows array');
  return result.map((raw: unknown) => toRow(shape, raw));
}

/** Like queryRows, for a query that returns exactly one row (aggregates, RETURNING of one insert). */
export async function queryOne<S extends RowShape>(m: Queryable, shape: S, sql: string, params: unknown[] = []): Promise<RowOf<S>> {
  const [row] = await queryRows(m, shape, sql, params);
  if (!row) throw new Error('query returned no row');
  return row;
}

function toRow<S extends RowShape>(shape: S, raw: unknown): RowOf<S> {
  if (typeof raw !== 'object' || raw === null) throw new Error('query returned a row that is not an object');
  const row: Record<string, unknown> = {};
  for (const [column, kind] of Object.entries(shape)) {
    const value: unknown = column in raw ? Reflect.get(raw, column) : undefined;
    row[column] = parseColumn(column, kind, value);
  }
  // Every column was checked against its kind above; TypeScript cannot follow that loop.
  return row as RowOf<S>;
}

function parseColumn(column: string, kind: RowShape[string], value: unknown): unknown {
  if (typeof kind === 'function') return parseWith(column, kind, value);
  const nullable = kind.endsWith('?');
  if (value === null && nullable) return null;
  const base = nullable ? kind.slice(0, -1) : kind;
  if (!isColumnKind(base) || !IS_KIND[base](value))
    throw new Error(`column ${column}: expected ${kind}, got ${value === null ? 'null' : typeof value}`);
  return value;
}

function parseWith(column: string, parse: (value: unknown) => unknown, value: unknown): unknown {
  try {
    return parse(value);
  } catch (error) {
    throw new Error(`column ${column}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

function isColumnKind(kind: string): kind is ColumnKind {
  return kind in IS_KIND;
}

/** A column parser for a text column holding one of the given values (a union of literals). */
export function oneOf<T extends string>(allowed: readonly T[]): (value: unknown) => T {
  return (value) => {
    const found = allowed.find((a) => a === value);
    if (found === undefined) throw new Error(`expected one of ${allowed.join(', ')}, got ${String(value)}`);
    return found;
  };
}

/** A column parser that lets NULL through and parses anything else with `parse`. */
export function orNull<T>(parse: (value: unknown) => T): (value: unknown) => T | null {
  return (value) => (value === null ? null : parse(value));
}

/** Like oneOf, for a nullable column. */
export function oneOfOrNull<T extends string>(allowed: readonly T[]): (value: unknown) => T | null {
  return orNull(oneOf(allowed));
}

/** A column parser for a text[] column whose elements are all among the given values. */
export function allOf<T extends string>(allowed: readonly T[]): (value: unknown) => T[] {
  const parse = oneOf(allowed);
  return (value) => {
    if (!Array.isArray(value)) throw new Error(`expected an array, got ${typeof value}`);
    return value.map(parse);
  };
}
