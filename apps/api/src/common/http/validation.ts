import { ValidationPipe } from '@nestjs/common';

/** Unknown properties are rejected, not silently dropped: a typo in a field name is a 400. */
export function strictValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    forbidUnknownValues: true,
    validationError: { target: false, value: false },
  });
}
