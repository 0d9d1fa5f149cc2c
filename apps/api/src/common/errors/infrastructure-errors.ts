import { DomainError } from '@bsc/domain';

const CONNECTION_ERROR_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', '57P01', '57P03', '08006', '08001', '08003']);

/**
 * Maps failures of the infrastructure to stable codes: a database that is down must answer 503
 * DATABASE_UNAVAILABLE (and recover on its own), not a generic 500. Also maps constraint
 * violations that slipped past validation to 4xx instead of 500.
 */
export function classifyInfrastructureError(exception: unknown): DomainError | undefined {
  if (typeof exception !== 'object' || exception === null) return undefined;
  const { code, message, driverError } = exception as { code?: unknown; message?: unknown; driverError?: { code?: unknown } };
  const pgCode = typeof driverError?.code === 'string' ? driverError.code : typeof code === 'string' ? code : undefined;
  if (pgCode && CONNECTION_ERROR_CODES.has(pgCode)) return new DomainError('DATABASE_UNAVAILABLE');
  // TypeORM's own errors when the pool lost its connections (PostgreSQL shutting down).
  const name = (exception as { name?: unknown }).name;
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
