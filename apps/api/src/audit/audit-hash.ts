import { canonicalJson } from '@bsc/domain';
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

/** sha256 over the previous hash and a canonical (key-sorted) JSON of the row (libs/domain's canonicalJson). */
export function auditHash(prevHash: string, row: AuditHashInput): string {
  return createHash('sha256').update(prevHash).update('\n').update(canonicalJson(row)).digest('hex');
}
