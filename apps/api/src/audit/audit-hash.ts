import { createHash } from 'node:crypto';

/** The part of an audit row that its hash covers. */
export interface AuditHashInput {
  at: string;
  actorId: string | null;
  actorLogin: string | null;
  action: string;
  subjectType: string;
  subjectId: string | null;
  details: unknown;
}

/** The hash of the first row's predecessor. */
export const GENESIS_HASH = '0'.repeat(64);

/** sha256 over the previous hash and a canonical (key-sorted) JSON of the row. */
export function auditHash(prevHash: string, row: AuditHashInput): string {
  return createHash('sha256').update(prevHash).update('\n').update(canonicalJson(row)).digest('hex');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}
