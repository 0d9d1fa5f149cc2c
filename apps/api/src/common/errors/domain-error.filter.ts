import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus } from '@nestjs/common';
import { DomainError, type ApiErrorBody, type ErrorCategory, type ErrorCode } from '@bsc/domain';
import type { Response } from 'express';
import { currentCorrelationId } from '../http/request-context';
import { jsonLogger } from '../http/json-logger';
import { classifyInfrastructureError } from './infrastructure-errors';

const STATUS_BY_CATEGORY: Record<ErrorCategory, number> = {
  invalid: HttpStatus.BAD_REQUEST,
  unauthenticated: HttpStatus.UNAUTHORIZED,
  forbidden: HttpStatus.FORBIDDEN,
  not_found: HttpStatus.NOT_FOUND,
  conflict: HttpStatus.CONFLICT,
  rate_limited: HttpStatus.TOO_MANY_REQUESTS,
  unavailable: HttpStatus.SERVICE_UNAVAILABLE,
};

/** Codes whose HTTP status is more specific than their category's. */
const STATUS_BY_CODE: Partial<Record<ErrorCode, number>> = {
  UNSUPPORTED_MEDIA_TYPE: HttpStatus.UNSUPPORTED_MEDIA_TYPE,
  PAYLOAD_TOO_LARGE: HttpStatus.PAYLOAD_TOO_LARGE,
};

/** Status codes Nest or Express raise themselves, mapped to our stable codes. */
const CODE_BY_HTTP_STATUS: Record<number, ErrorCode> = {
  400: 'MALFORMED_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
};

/** The one global filter: every error leaves the API as `{ code, message, correlationId }`. */
@Catch()
export class DomainErrorFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const correlationId = currentCorrelationId();
    const error = toDomainError(exception);
    const status =
      error.code === 'INTERNAL_ERROR'
        ? HttpStatus.INTERNAL_SERVER_ERROR
        : (STATUS_BY_CODE[error.code] ?? STATUS_BY_CATEGORY[error.category]);
    if (status >= 500) {
      jsonLogger.error('request failed', { correlationId, code: error.code, error: describe(exception) });
    }
    const body: ApiErrorBody = { code: error.code, message: error.message, correlationId };
    if (error.details) body.details = error.details;
    if (!response.headersSent) response.status(status).json(body);
  }
}

function toDomainError(exception: unknown): DomainError {
  if (exception instanceof DomainError) return exception;
  if (exception instanceof HttpException) return fromHttpException(exception);
  const bodyParserStatus = bodyParserErrorStatus(exception);
  if (bodyParserStatus) return new DomainError(CODE_BY_HTTP_STATUS[bodyParserStatus] ?? 'MALFORMED_REQUEST');
  return classifyInfrastructureError(exception) ?? new DomainError('INTERNAL_ERROR');
}

function fromHttpException(exception: HttpException): DomainError {
  const status = exception.getStatus();
  const response = exception.getResponse();
  if (status === 400 && typeof response === 'object' && response !== null && 'message' in response) {
    const messages = (response as { message: unknown }).message;
    const list = Array.isArray(messages) ? messages.map(String) : [String(messages)];
    return new DomainError('VALIDATION_FAILED', undefined, { errors: list.slice(0, 20) });
  }
  const code = CODE_BY_HTTP_STATUS[status];
  if (code) return new DomainError(code);
  return new DomainError(status >= 500 ? 'INTERNAL_ERROR' : 'MALFORMED_REQUEST');
}

/** Express's body parser raises errors with `status` and `type` (e.g. entity.parse.failed). */
function bodyParserErrorStatus(exception: unknown): number | undefined {
  if (typeof exception !== 'object' || exception === null) return undefined;
  const { status, type } = exception as { status?: unknown; type?: unknown };
  return typeof status === 'number' && typeof type === 'string' && status >= 400 && status < 500 ? status : undefined;
}

function describe(exception: unknown): string {
  return exception instanceof Error ? `${exception.name}: ${exception.message}` : String(exception);
}
