import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { DomainError } from '@bsc/domain';

/**
 * Unknown properties are rejected, not silently dropped: a typo in a field name is a 400.
 * Single path and query parameters reach their own pipe as the client sent them: the stock
 * pipe would first run Number() over a `number` parameter, so ParseIntPipe saw "1.0" and "0x1"
 * as 1. DTOs still convert their fields, with the strict decorators of strict-input.ts.
 */
class StrictValidationPipe extends ValidationPipe {
  protected override transformPrimitive(value: unknown): unknown {
    return value;
  }
}

/** One refused field of a request body: its path (`content.links.2.url`) and what is wrong. */
export interface FieldError {
  field: string;
  message: string;
}

/** Flattens class-validator's tree into one entry per refused field, named by its full path. */
export function fieldErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...fieldErrors(error.children ?? [], field)];
  });
}

/**
 * VALIDATION_FAILED with `details.fields`, so a client can show each message at its field;
 * `details.errors` keeps the flat list of messages for clients that only show text.
 */
function validationFailed(errors: ValidationError[]): DomainError {
  const fields = fieldErrors(errors).slice(0, 20);
  return new DomainError('VALIDATION_FAILED', undefined, { errors: fields.map((f) => `${f.field}: ${f.message}`), fields });
}

/** The global validation pipe. */
export function strictValidationPipe(): ValidationPipe {
  return new StrictValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    forbidUnknownValues: true,
    validationError: { target: false, value: false },
    exceptionFactory: validationFailed,
  });
}
