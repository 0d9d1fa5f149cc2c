import type { DataSource, EntityManager } from 'typeorm';
import { queryOne } from '../../database/typed-rows';

/**
 * Tables whose rows expire (data minimisation), each with the column its rows' age is read
 * from — constants of this file, never user input, so they may stand in the SQL text.
 */
const EXPIRING = {
  contacts: 'day',
  contact_daily_counts: 'day',
  contact_article_daily_counts: 'day',
  search_events: 'at',
  search_signals: 'at',
} as const;

/** A table whose rows expire. */
export type ExpiringTable = keyof typeof EXPIRING;

/** Rows one purge statement deletes: each batch stays far below the pool's 15 s statement timeout. */
export const PURGE_BATCH = 20_000;

/**
 * Deletes a table's rows older than `cutoff` in batches of `batch` rows, each batch in its own
 * transaction together with its `audit` entry: a first purge after a long pause (an office
 * closed for weeks, retention lowered by an admin) never runs into the statement timeout —
 * which would fail the purge on every turn and keep the data for ever — and no deletion goes
 * unaudited. Returns how many rows went. ctid lets the rollups (no id column) go in batches too.
 */
export async function purgeInBatches(
  dataSource: DataSource,
  table: ExpiringTable,
  cutoff: Date | string,
  audit: (m: EntityManager, deleted: number) => Promise<void>,
  batch: number = PURGE_BATCH,
): Promise<number> {
  let total = 0;
  for (;;) {
    const deleted = await dataSource.transaction(async (m) => {
      const { n } = await queryOne(
        m,
        { n: 'int' },
        `WITH gone AS (DELETE FROM ${table} WHERE ctid = ANY(ARRAY(SELECT ctid FROM ${table} WHERE ${EXPIRING[table]} < $1 LIMIT $2)) RETURNING 1)
         SELECT count(*)::int AS n FROM gone`,
        [cutoff, batch],
      );
      if (n > 0) await audit(m, n);
      return n;
    });
    total += deleted;
    if (deleted < batch) return total;
  }
}
