/** Result of reading the optional "behoben in Version" field. */
export type FixedVersionInput = { valid: true; version: number | undefined } | { valid: false };

/** Empty means "no version named"; otherwise a whole number ≥ 1 (the API checks it exists). */
export function parseFixedVersion(text: string): FixedVersionInput {
  const trimmed = text.trim();
  if (trimmed === '') return { valid: true, version: undefined };
  if (!/^\d{1,9}$/.test(trimmed)) return { valid: false };
  const version = Number(trimmed);
  return version >= 1 ? { valid: true, version } : { valid: false };
}
