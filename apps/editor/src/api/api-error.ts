import type { ApiErrorBody } from '@bsc/domain';
import { httpMessages } from './messages';

/** A failed API request: the HTTP status plus the API's error body (stable `code`). */
export class ApiError extends Error {
  readonly code: string;
  readonly details: Record<string, unknown> | undefined;
  readonly correlationId: string;

  constructor(
    readonly status: number,
    readonly body: ApiErrorBody,
  ) {
    super(body.message);
    this.name = 'ApiError';
    this.code = body.code;
    this.details = body.details;
    this.correlationId = body.correlationId;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads an error body defensively: a proxy or crash may answer with HTML or nothing. */
export function toApiErrorBody(status: number, payload: unknown): ApiErrorBody {
  if (isRecord(payload) && typeof payload.code === 'string' && typeof payload.message === 'string') {
    return {
      code: payload.code,
      message: payload.message,
      correlationId: typeof payload.correlationId === 'string' ? payload.correlationId : '',
      details: isRecord(payload.details) ? payload.details : undefined,
    };
  }
  const code = status >= 500 ? 'INTERNAL_ERROR' : 'UNEXPECTED_RESPONSE';
  return { code, message: httpMessages.unexpectedResponse, correlationId: '' };
}

/** The error for a request that never got an answer. */
export function networkError(): ApiError {
  return new ApiError(0, { code: 'NETWORK_ERROR', message: httpMessages.networkError, correlationId: '' });
}

/** Whether the error is an ApiError with the given code. */
export function hasErrorCode(error: unknown, code: string): error is ApiError {
  return error instanceof ApiError && error.code === code;
}

/** The message to show for any error thrown by a request. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return httpMessages.unexpectedResponse;
}
