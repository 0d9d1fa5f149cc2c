/**
 * Checked readers for raw SQL results of the ranking queries: each query shape maps its rows
 * through these once, so a renamed column fails loudly instead of flowing on as undefined.
 */
export type SqlRow = Readonly<Record<string, unknown>>;

/** The rows of a `manager.query` result. */
export function sqlRows(result: unknown): SqlRow[] {
  if (!Array.isArray(result)) throw new Error('query returned no rows array');
  return result.map((row: unknown) => {
    if (typeof row !== 'object' || row === null) throw new Error('query returned a non-object row');
    return Object.fromEntries(Object.entries(row));
  });
}

/** A numeric column (PostgreSQL real/int/float; bigint and numeric arrive as strings). */
export function numberColumn(row: SqlRow, column: string): number {
  const value = typeof row[column] === 'string' ? Number(row[column]) : row[column];
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new Error(`column ${column} is not a number`);
  return value;
}

/** A text or uuid column. */
export function stringColumn(row: SqlRow, column: string): string {
  const value = row[column];
  if (typeof value !== 'string') throw new Error(`column ${column} is not text`);
  return value;
}

/** A nullable text column. */
export function optionalStringColumn(row: SqlRow, column: string): string | null {
  return row[column] === null || row[column] === undefined ? null : stringColumn(row, column);
}

/** A real[]/int[] column. */
export function numberArrayColumn(row: SqlRow, column: string): number[] {
  const value = row[column];
  if (!Array.isArray(value)) throw new Error(`column ${column} is not an array`);
  return value.map((item: unknown) => Number(item));
}

/** A timestamptz column. */
export function dateColumn(row: SqlRow, column: string): Date {
  const value = row[column];
  if (!(value instanceof Date)) throw new Error(`column ${column} is not a timestamp`);
  return value;
}

/** A nullable timestamptz column. */
export function optionalDateColumn(row: SqlRow, column: string): Date | null {
  return row[column] === null ? null : dateColumn(row, column);
}

/** A text column holding one of the given values (an enum kept in a text column or JSON field). */
export function oneOfColumn<T extends string>(row: SqlRow, column: string, values: readonly T[]): T {
  const value = stringColumn(row, column);
  const found = values.find((candidate) => candidate === value);
  if (found === undefined) throw new Error(`column ${column} holds an unknown value`);
  return found;
}

/** A text[] column. */
export function stringArrayColumn(row: SqlRow, column: string): string[] {
  const value = row[column];
  if (!Array.isArray(value) || !value.every((item: unknown) => typeof item === 'string'))
    throw new Error(`column ${column} is not a text array`);
  return value.map(String);
}
