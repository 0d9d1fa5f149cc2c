import { hasVisibleText } from '@bsc/domain';
import { Transform } from 'class-transformer';
import { isISO8601, ValidateBy, type ValidationOptions } from 'class-validator';

// Decimal digits only: "1.0", "0x1", "1e3", " 1" or "" would all become a number under
// Number(); they stay strings here and fail @IsInt.
const INTEGER = /^-?(0|[1-9]\d{0,15})$/;

/** A whole number from a query string or JSON: digits become a number, anything else is left to fail @IsInt. */
export function ToInteger(): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) => (typeof value === 'string' && INTEGER.test(value) ? Number(value) : value));
}

/**
 * An ISO 8601 date or timestamp that exists in the calendar ("2026-02-30" does not: `new Date`
 * would silently make it 2 March); anything else is left to fail @IsDate.
 */
export function ToDate(): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' && isISO8601(value, { strict: true, strictSeparator: true }) ? new Date(value) : value,
  );
}

/** A name or title: a string with at least one visible character (not only spaces or zero-width characters). */
export function IsVisibleText(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isVisibleText',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && hasVisibleText(value),
        defaultMessage: () => '$property must contain visible characters',
      },
    },
    options,
  );
}
