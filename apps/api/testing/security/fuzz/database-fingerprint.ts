import type { DataSource } from 'typeorm';
import { queryOne, queryRows } from '../../../src/database/typed-rows';

/**
 * Tables a refused request may legitimately change:
 * - sessions: every authenticated request may move last_seen_at (at most once a minute), and
 *   creating a session purges expired ones;
 * - login_failures: a refused login is recorded by design (that is the throttle).
 * Everything else, including audit_events and search_events, must stay byte-for-byte the same:
 * a refused write leaves no audit row, and the fuzz test sends no searches.
 */
export const VOLATILE_TABLES: readonly string[] = ['sessions', 'login_failures'];

/** Row count and checksum of one table. */
export interface TableFingerprint {
  rows: number;
  checksum: string;
}

/** Row counts and md5 checksums (over the text form of every row, order-independent) of all tables. */
export async function fingerprintDatabase(db: DataSource): Promise<Record<string, TableFingerprint>> {
  const tables = await queryRows(
    db,
    { tablename: 'text' },
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
  );
  const result: Record<string, TableFingerprint> = {};
  for (const { tablename } of tables) {
    if (VOLATILE_TABLES.includes(tablename)) continue;
    result[tablename] = await queryOne(
      db,
      { rows: 'int', checksum: 'text' },
      `SELECT count(*)::int AS rows, coalesce(md5(string_agg(md5(t::text), '' ORDER BY md5(t::text))), '') AS checksum FROM "${tablename}" t`,
    );
  }
  return result;
}
