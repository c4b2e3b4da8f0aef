/**
 * Turns worksheet arguments, as Excel passes them, into engine values. Excel passes dates as
 * serial numbers (never Date objects), text as strings, and an omitted or empty argument as null
 * or undefined. Each helper returns an Outcome so the function can answer with #VALUE!.
 */
import { isoDayFromSerial } from '../domain/isoDay';
import type { DateSystem, IsoDay } from '../domain/isoDay';
import { failure, success } from '../domain/problem';
import type { Outcome } from '../domain/problem';

/** Custom functions cannot see the workbook's date system, so serials are read as 1900 ones. */
// TODO(functions): pass the workbook's date system once the Excel adapter reads it; until then a
// 1904 workbook's dates are read four years off (differences between two dates stay exact).
export const FUNCTION_DATE_SYSTEM: DateSystem = '1900';

/** A date argument (a serial; a time-of-day fraction is dropped) as an IsoDay. */
export function dayArgument(value: unknown, argument: string): Outcome<IsoDay> {
  if (value === null || value === undefined || value === '') {
    return failure('functions.argument-missing', { argument });
  }

  if (typeof value !== 'number') {
    return failure('functions.not-a-date', { argument, value: String(value) });
  }

  // Serial 60 (the fictional 1900-02-29) and serials outside 1900-9999 come back undefined.
  const day = isoDayFromSerial(value, FUNCTION_DATE_SYSTEM);
  return day ? success(day) : failure('functions.not-a-date', { argument, value: String(value) });
}

/** A text-or-number argument; numbers stay numbers so numeric cells keep their exact value. */
export function textOrNumberArgument(value: unknown, argument: string): Outcome<string | number> {
  if (value === null || value === undefined || value === '') {
    return failure('functions.argument-missing', { argument });
  }

  if (typeof value === 'string' || typeof value === 'number') return { ok: true, value };
  return failure('functions.not-text-or-number', { argument, value: String(value) });
}
