import { ErrorCodes, type ErrorCategory, type ErrorCode } from '@bsc/domain';
import { ApiError } from '../api/api-error';
import { errorMessages } from './messages';

/** What an error alert says: a headline of what happened, the explanation, and whether retrying can help. */
export interface ErrorDescription {
  /** "Artikel nicht gefunden"; null when the explanation already says it all (a rejected input). */
  title: string | null;
  text: string;
  /** Only transient failures (network, server, rate limit) offer "Erneut versuchen". */
  retryable: boolean;
  /** Stable code and correlation id for support; never shown without asking for them. */
  code: string | null;
  reference: string | null;
}

type ClientCategory = ErrorCategory | 'network';

// Codes the editor creates itself, without an answer of the API.
const clientCodes: Record<string, ClientCategory> = {
  NETWORK_ERROR: 'network',
  UNEXPECTED_RESPONSE: 'unavailable',
};

const retryableCategories = new Set<ClientCategory>(['network', 'unavailable', 'rate_limited']);

function isErrorCode(code: string): code is ErrorCode {
  return Object.hasOwn(ErrorCodes, code);
}

function categoryOf(error: ApiError): ClientCategory {
  if (isErrorCode(error.code)) return ErrorCodes[error.code].category;
  if (error.code in clientCodes) return clientCodes[error.code] ?? 'unavailable';
  return error.status >= 500 ? 'unavailable' : 'invalid';
}

/** Describes any error thrown while talking to the API, from its stable code (never from the message text). */
export function describeError(error: unknown): ErrorDescription {
  if (!(error instanceof ApiError)) {
    return { title: errorMessages.titles.unavailable, text: errorMessages.generic, retryable: true, code: null, reference: null };
  }
  const category = categoryOf(error);
  const title = errorMessages.codeTitles[error.code] ?? errorMessages.titles[category];
  // A "not found" title says everything the API's sentence would repeat; the hint says why.
  const text = category === 'not_found' ? errorMessages.notFoundHint : error.message;
  return {
    title,
    text,
    retryable: retryableCategories.has(category),
    code: error.code,
    reference: error.correlationId || null,
  };
}
