// Raw SQL answers arrive as `unknown`: these readers check each field once, so a report query
// maps into its typed shape without casts, and a changed query fails loudly instead of lying.

/** One row of a raw query result. */
export type ReportRow = Readonly<Record<string, unknown>>;

function isRow(value: unknown): value is ReportRow {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The rows of a raw query result, mapped through the one typed function of its shape. */
export function mapRows<T>(result: unknown, toShape: (row: ReportRow) => T): T[] {
  if (!Array.isArray(result)) throw new Error('report query did not return rows');
  return result.map((row: unknown) => {
    if (!isRow(row)) throw new Error('report query returned a non-row');
    return toShape(row);
  });
}

/** An integer column (PostgreSQL bigint arrives as a string). */
export function intField(row: ReportRow, key: string): number {
  const value = row[key];
  const n = typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isSafeInteger(n)) throw new Error(`report column ${key} is not an integer`);
  return n;
}

/** A text column. */
export function textField(row: ReportRow, key: string): string {
  const value = row[key];
  if (typeof value !== 'string') throw new Error(`report column ${key} is not text`);
  return value;
}

/** A nullable text column. */
export function optionalTextField(row: ReportRow, key: string): string | null {
  return row[key] === null || row[key] === undefined ? null : textField(row, key);
}

/** A boolean column. */
export function boolField(row: ReportRow, key: string): boolean {
  const value = row[key];
  if (typeof value !== 'boolean') throw new Error(`report column ${key} is not a boolean`);
  return value;
}

/** A text column holding one of a fixed set of values. */
export function oneOfField<T extends string>(row: ReportRow, key: string, values: readonly T[]): T {
  const value = textField(row, key);
  const match = values.find((candidate) => candidate === value);
  if (match === undefined) throw new Error(`report column ${key} holds an unknown value`);
  return match;
}

/** A nullable column holding one of a fixed set of values (unknown values read as null). */
export function optionalOneOfField<T extends string>(row: ReportRow, key: string, values: readonly T[]): T | null {
  const value = row[key];
  return values.find((candidate) => candidate === value) ?? null;
}

/** A timestamp column. */
export function dateField(row: ReportRow, key: string): Date {
  const value = row[key];
  if (!(value instanceof Date)) throw new Error(`report column ${key} is not a timestamp`);
  return value;
}
