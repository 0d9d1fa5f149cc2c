import { DomainError } from '@bsc/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { LOST_RACE_CODES, postgresErrorCode } from '../common/errors/infrastructure-errors';

/** Attempts before a lost race reaches the client as 409 CONCURRENT_CHANGE. */
const ATTEMPTS = 3;

/**
 * Runs `work` in a transaction and runs it again when PostgreSQL aborted it for a lost race.
 * Such an abort rolled everything back, so a second attempt is safe; `work` must not have
 * effects outside the transaction. After the last attempt the caller gets CONCURRENT_CHANGE.
 */
export async function inTransaction<T>(dataSource: DataSource, work: (m: EntityManager) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await dataSource.transaction(work);
    } catch (error) {
      if (!LOST_RACE_CODES.has(postgresErrorCode(error) ?? '')) throw error;
      if (attempt >= ATTEMPTS) throw new DomainError('CONCURRENT_CHANGE');
      // A short random pause, so the two losers of a deadlock do not meet again at once.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
    }
  }
}
