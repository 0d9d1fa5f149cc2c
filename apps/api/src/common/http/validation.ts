import { ValidationPipe } from '@nestjs/common';

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

/** The global validation pipe. */
export function strictValidationPipe(): ValidationPipe {
  return new StrictValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    forbidUnknownValues: true,
    validationError: { target: false, value: false },
  });
}
