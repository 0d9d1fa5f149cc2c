import { DomainError } from '@bsc/domain';

/** PostgreSQL's codes for a transaction that lost a race: deadlock_detected, serialization_failure. */
export const LOST_RACE_CODES = new Set(['40P01', '40001']);

const CONNECTION_ERROR_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', '57P01', '57P03', '08006', '08001', '08003']);

/**
 * Maps failures of the infrastructure to stable codes: a database that is down must answer 503
 * DATABASE_UNAVAILABLE (and recover on its own), not a generic 500. Also maps constraint
 * violations that slipped past validation to 4xx instead of 500.
 */
export function classifyInfrastructureError(exception: unknown): DomainError | undefined {
  if (typeof exception !== 'object' || exception === null) return undefined;
  const pgCode = postgresErrorCode(exception);
  if (pgCode && CONNECTION_ERROR_CODES.has(pgCode)) return new DomainError('DATABASE_UNAVAILABLE');
  // A lost race that no retry absorbed (see inTransaction) is a conflict, not a server fault.
  if (pgCode && LOST_RACE_CODES.has(pgCode)) return new DomainError('CONCURRENT_CHANGE');
  // TypeORM's own errors when the pool lost its connections (PostgreSQL shutting down).
  const name = 'name' in exception ? exception.name : undefined;
  const message = 'message' in exception ? exception.message : undefined;
  if (name === 'QueryRunnerProviderAlreadyReleasedError' || name === 'ConnectionIsNotSetError')
    return new DomainError('DATABASE_UNAVAILABLE');
  if (typeof message === 'string' && /Connection terminated|connect ECONNREFUSED|timeout exceeded when trying to connect/i.test(message)) {
    return new DomainError('DATABASE_UNAVAILABLE');
  }
  if (pgCode === '23505') return new DomainError('DUPLICATE');
  if (pgCode === '23503') return new DomainError('VALIDATION_FAILED', 'Ein referenzierter Eintrag existiert nicht.');
  // Malformed values that slipped past validation: text representation, length, date, numeric range.
  if (pgCode === '22P02' || pgCode === '22001' || pgCode === '22003' || pgCode === '22007' || pgCode === '22008')
    return new DomainError('VALIDATION_FAILED');
  return undefined;
}

/** The SQLSTATE (or Node socket code) of a driver error, also when TypeORM wrapped it. */
export function postgresErrorCode(exception: unknown): string | undefined {
  if (typeof exception !== 'object' || exception === null) return undefined;
  const driverError = 'driverError' in exception ? exception.driverError : undefined;
  if (typeof driverError === 'object' && driverError !== null && 'code' in driverError && typeof driverError.code === 'string') {
    return driverError.code;
  }
  return 'code' in exception && typeof exception.code === 'string' ? exception.code : undefined;
}
