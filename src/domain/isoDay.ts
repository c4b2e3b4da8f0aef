/**
 * Calendar days as ISO strings ("2024-03-05"). The engine never reads the clock: every as-of date
 * is passed in as an IsoDay. Arithmetic goes through a day number (days since 1970-01-01, UTC) so
 * it is exact and free of time zones.
 */
export type IsoDay = string & { readonly __unit: 'iso-day' };

/** Which epoch the workbook's serial numbers count from (File > Options > "Use 1904 date system"). */
export type DateSystem = '1900' | '1904';

const ISO_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Whether year, month and day name a real calendar day between years 1000 and 9999. */
export function isValidYmd(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1000 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** Builds an IsoDay; throws on an impossible day, since callers validate with isValidYmd first. */
export function isoDay(year: number, month: number, day: number): IsoDay {
  if (!isValidYmd(year, month, day)) {
    throw new RangeError(`Not a calendar day: ${year}-${month}-${day}`);
  }
  return `${year}-${pad2(month)}-${pad2(day)}` as IsoDay;
}

/** Checks a string is an ISO day and brands it, or returns undefined. */
export function asIsoDay(text: string): IsoDay | undefined {
  const match = ISO_PATTERN.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isValidYmd(year, month, day) ? (text as IsoDay) : undefined;
}

/** Days since 1970-01-01 (negative before it). */
export function dayNumber(day: IsoDay): number {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  const date = Number(day.slice(8, 10));
  return Math.round(Date.UTC(year, month - 1, date) / 86_400_000);
}

export function fromDayNumber(days: number): IsoDay {
  const d = new Date(days * 86_400_000);
  return isoDay(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function addDays(day: IsoDay, days: number): IsoDay {
  return fromDayNumber(dayNumber(day) + days);
}

/** Calendar days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: IsoDay, to: IsoDay): number {
  return dayNumber(to) - dayNumber(from);
}

export function compareIsoDay(a: IsoDay, b: IsoDay): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function yearOf(day: IsoDay): number {
  return Number(day.slice(0, 4));
}

export function monthOf(day: IsoDay): number {
  return Number(day.slice(5, 7));
}

/** Adds calendar months, clamping to the month's last day (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(day: IsoDay, months: number): IsoDay {
  const total = yearOf(day) * 12 + (monthOf(day) - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  return isoDay(year, month, Math.min(Number(day.slice(8, 10)), daysInMonth(year, month)));
}

// Serial 25569 is 1970-01-01 in the 1900 system. Serials 1..59 sit one day later than that
// arithmetic suggests, because Excel keeps Lotus's fictional 1900-02-29 at serial 60.
const SERIAL_1900_UNIX_EPOCH = 25569;
// The 1904 system counts from 1904-01-01 = serial 0, which is 1462 days after the 1900 system.
const SERIAL_1904_OFFSET = 1462;

/**
 * The day an Excel serial names, ignoring any time-of-day fraction. Serial 60 in the 1900 system
 * is Excel's fictional 1900-02-29: it is returned as undefined so callers reject it, not guess.
 */
export function isoDayFromSerial(serial: number, system: DateSystem): IsoDay | undefined {
  if (!Number.isFinite(serial)) return undefined;

  const whole = Math.floor(serial + 1e-9);
  if (system === '1904') {
    if (whole < 0) return undefined;
    return safeFromDayNumber(whole + SERIAL_1904_OFFSET - SERIAL_1900_UNIX_EPOCH);
  }

  if (whole < 1 || whole === 60) return undefined;
  const adjusted = whole < 60 ? whole + 1 : whole;
  return safeFromDayNumber(adjusted - SERIAL_1900_UNIX_EPOCH);
}

/**
 * The Excel serial of a day in the given date system (1900 system days before 1900-03-01 included).
 * Throws for a day before the system's first day (1900-01-01 or 1904-01-01): Excel has no serial
 * for it, and asking for one is a bug in the caller.
 */
export function serialFromIsoDay(day: IsoDay, system: DateSystem): number {
  const serial = serialIfAny(day, system);
  if (serial === undefined) throw new RangeError(`No ${system} date-system serial for ${day}`);
  return serial;
}

/** The day's serial, or undefined when the date system has none for it (before its first day). */
export function serialIfAny(day: IsoDay, system: DateSystem): number | undefined {
  const days = dayNumber(day) + SERIAL_1900_UNIX_EPOCH;
  const serial = system === '1904' ? days - SERIAL_1904_OFFSET : days <= 60 ? days - 1 : days;
  return serial < (system === '1904' ? 0 : 1) ? undefined : serial;
}

function safeFromDayNumber(days: number): IsoDay | undefined {
  const d = new Date(days * 86_400_000);
  const year = d.getUTCFullYear();
  // A serial far past 9999 makes an invalid Date, whose year is NaN: that too is out of range.
  if (!(year >= 1900 && year <= 9999)) return undefined;
  return isoDay(year, d.getUTCMonth() + 1, d.getUTCDate());
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
