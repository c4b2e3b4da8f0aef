/**
 * Day numbers for a million entries: ISO digits are read directly (the civil-calendar formula
 * matches isoDay's dayNumber for every valid day), and day numbers turn back into IsoDay strings
 * once each, since a ledger repeats its dates.
 */
import { fromDayNumber, isLeapYear, type IsoDay } from '../isoDay';

/** Digit value of the character at `at`, or -1 for anything else. */
function digitAt(text: string, at: number): number {
  const value = text.charCodeAt(at) - 48;
  return value >= 0 && value <= 9 ? value : -1;
}

/** Days in the month; isoDay's daysInMonth builds an array per call, too slow for every entry. */
function monthLength(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The day number of an ISO day (days since 1970-01-01), or NaN when it is not a real ISO day. */
export function isoDayNumber(text: string): number {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return NaN;
  const y0 = digitAt(text, 0);
  const y1 = digitAt(text, 1);
  const y2 = digitAt(text, 2);
  const y3 = digitAt(text, 3);
  const m0 = digitAt(text, 5);
  const m1 = digitAt(text, 6);
  const d0 = digitAt(text, 8);
  const d1 = digitAt(text, 9);
  // Any -1 sets the sign bit of the union: one test rejects every non-digit.
  if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0) return NaN;

  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const date = d0 * 10 + d1;
  if (month < 1 || month > 12 || date < 1 || date > monthLength(year, month)) return NaN;

  const shifted = month <= 2 ? year - 1 : year;
  const era = Math.floor(shifted / 400);
  const yearOfEra = shifted - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + date - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** Reads ISO days as numbers and names day numbers as IsoDay strings, each name made once. */
export class DayCache {
  private readonly names = new Map<number, IsoDay>();

  /** The day number, or NaN when the text is not a real ISO day. */
  of(day: IsoDay): number {
    return isoDayNumber(day);
  }

  day(value: number): IsoDay {
    let name = this.names.get(value);
    if (name === undefined) {
      name = fromDayNumber(value);
      this.names.set(value, name);
    }
    return name;
  }
}
