/**
 * Reads dates typed as text (2024-03-05, 2024/3/5, 2024年3月5日, 20240305, 3/5/2024) and Excel
 * serials into IsoDay. Day-month order in slash dates is never guessed: it comes from the caller
 * (decided per column by inferSlashOrder) or from a value that settles itself.
 */
import { foldForParsing, MAX_PARSED_TEXT_LENGTH } from './fullWidth';
import { isoDay, isoDayFromSerial, isValidYmd } from './isoDay';
import type { DateSystem, IsoDay } from './isoDay';
import { failure, success } from './problem';
import type { Outcome } from './problem';

/** Order of the first two parts in a year-last date: 3/5/2024 is 5 March ('mdy') or 3 May ('dmy'). */
export type SlashOrder = 'mdy' | 'dmy';

export type SlashOrderDecision =
  | { readonly order: SlashOrder; readonly settledBy: 'data' | 'locale' }
  | { readonly ambiguous: true; readonly conflicting: boolean; readonly examples: string[] };

// A time after the day is allowed and dropped: "2024-03-05 10:30", "2024-03-05T10:30:00.000Z".
const TIME = String.raw`(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*(?:Z|[+-]\d{2}:?\d{2}|[AaPp][Mm]))?)?`;
const YEAR_FIRST = new RegExp(String.raw`^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})${TIME}$`);
const CHINESE = new RegExp(String.raw`^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]${TIME}$`);
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const YEAR_LAST = new RegExp(String.raw`^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})${TIME}$`);
const TWO_DIGIT_YEAR =
  /^(?:\d{2}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2}|\d{2}年\d{1,2}月\d{1,2}[日号])(?:[ T].*)?$/;

/**
 * Parses a date typed as text. Year-last dates with '/' or '-' need slashOrder unless a part over
 * 12 settles them (or both parts are equal); year-last dates with '.' are always day.month.year.
 * Two-digit years are rejected (see docs/domain-rules.md, "## Dates").
 */
export function parseDateText(text: string, slashOrder?: SlashOrder): Outcome<IsoDay> {
  const folded = typeof text === 'string' ? foldForParsing(text) : '';
  if (folded === '') return failure('date.empty', { text: String(text) });

  const detail = { text: folded };
  if (folded.length > MAX_PARSED_TEXT_LENGTH) {
    return failure('date.not-a-date', { text: `${folded.slice(0, 20)}…` });
  }

  const ymd = yearFirstParts(folded);
  if (ymd) return dayOf(ymd[0], ymd[1], ymd[2], detail);

  const yearLast = YEAR_LAST.exec(folded);
  if (yearLast) {
    const [first, second, year] = [Number(yearLast[1]), Number(yearLast[3]), Number(yearLast[4])];
    const order = yearLast[2] === '.' ? 'dmy' : (slashOrder ?? settledOrder(first, second));
    if (order === undefined) return failure('date.ambiguous-order', detail);
    return order === 'mdy'
      ? dayOf(year, first, second, detail)
      : dayOf(year, second, first, detail);
  }

  if (TWO_DIGIT_YEAR.test(folded)) return failure('date.two-digit-year', detail);
  return failure('date.not-a-date', detail);
}

function yearFirstParts(text: string): [number, number, number] | undefined {
  const dashed = YEAR_FIRST.exec(text);
  if (dashed) return [Number(dashed[1]), Number(dashed[3]), Number(dashed[4])];

  const chinese = CHINESE.exec(text) ?? COMPACT.exec(text);
  if (chinese) return [Number(chinese[1]), Number(chinese[2]), Number(chinese[3])];
  return undefined;
}

/** The order a single year-last value settles by itself, if any. */
function settledOrder(first: number, second: number): SlashOrder | undefined {
  if (first > 12 && second <= 12) return 'dmy';
  if (second > 12 && first <= 12) return 'mdy';
  // 5/5/2024 is the same day either way.
  if (first === second) return 'mdy';
  return undefined;
}

function dayOf(
  year: number,
  month: number,
  day: number,
  detail: { text: string },
): Outcome<IsoDay> {
  if (!isValidYmd(year, month, day)) return failure('date.not-a-day', detail);

  // Excel keeps no date before 1900 (it would stay text in every sheet we write), and in a
  // receivables ledger such a year is a slip of the keyboard: say so rather than carry it.
  if (year < 1900) return failure('date.before-1900', detail);
  return success(isoDay(year, month, day));
}

/**
 * The day an Excel serial names in the workbook's date system. Serial 60 in the 1900 system is
 * Excel's fictional 1900-02-29 and fails with its own code; negative, fractional-only (serial 0 in
 * 1900), non-finite and past-9999 serials fail as out of range.
 */
export function parseDateSerial(serial: number, system: DateSystem): Outcome<IsoDay> {
  const detail = { serial: String(serial) };
  if (system === '1900' && Math.floor(serial + 1e-9) === 60) {
    return failure('date.serial-1900-02-29', detail);
  }

  const day = isoDayFromSerial(serial, system);
  return day === undefined ? failure('date.serial-out-of-range', detail) : success(day);
}

const MDY_LOCALES = new Set([
  'en-us',
  'en-ph',
  'es-us',
  'en-as',
  'en-gu',
  'en-pr',
  'en-vi',
  'en-um',
]);

// English outside the US writes day first; so do these languages. zh, ja and ko write year first
// and have no convention for the day-month order of a year-last date, so they settle nothing.
const DMY_LANGUAGES = new Set([
  'fr',
  'de',
  'es',
  'it',
  'pt',
  'nl',
  'ru',
  'uk',
  'pl',
  'cs',
  'sk',
  'ro',
  'el',
  'tr',
  'da',
  'nb',
  'nn',
  'no',
  'fi',
  'is',
  'ga',
  'cy',
  'vi',
  'id',
  'ms',
  'th',
  'ar',
  'he',
  'hi',
  'bg',
  'hr',
  'sr',
  'sl',
  'et',
  'lv',
  'ca',
  'eu',
  'gl',
]);

/** Day-month order a workbook locale implies for year-last dates, when it implies one. */
export function slashOrderOfLocale(localeHint: string): SlashOrder | undefined {
  const tag = localeHint.trim().toLowerCase().replace(/_/g, '-');
  if (MDY_LOCALES.has(tag)) return 'mdy';

  const [language = '', region] = tag.split('-');
  if (language === 'en') return region === undefined || region === 'ca' ? undefined : 'dmy';
  return DMY_LANGUAGES.has(language) ? 'dmy' : undefined;
}

/**
 * Decides the day-month order for one column of year-last slash dates. A value whose first part is
 * over 12 says dmy; second part over 12 says mdy; both kinds in one column is a conflict, reported.
 * With no value settling it, the locale decides (slashOrderOfLocale); otherwise the column is
 * ambiguous. `examples` lists up to five values that show the problem; an empty list means no
 * value in the column needed an order at all.
 */
export function inferSlashOrder(texts: readonly string[], localeHint?: string): SlashOrderDecision {
  const dmy: string[] = [];
  const mdy: string[] = [];
  const unsettled: string[] = [];
  for (const text of texts) {
    const folded = typeof text === 'string' ? foldForParsing(text) : '';
    const match = folded.length > MAX_PARSED_TEXT_LENGTH ? null : YEAR_LAST.exec(folded);
    if (!match || match[2] === '.') continue;

    const [first, second] = [Number(match[1]), Number(match[3])];
    if (first > 12 && second <= 12) dmy.push(text);
    else if (second > 12 && first <= 12) mdy.push(text);
    else if (first !== second && first <= 12 && second <= 12) unsettled.push(text);
  }

  if (dmy.length > 0 && mdy.length > 0) {
    return {
      ambiguous: true,
      conflicting: true,
      examples: [...dmy.slice(0, 2), ...mdy.slice(0, 2)],
    };
  }
  if (dmy.length > 0) return { order: 'dmy', settledBy: 'data' };
  if (mdy.length > 0) return { order: 'mdy', settledBy: 'data' };

  const byLocale = localeHint === undefined ? undefined : slashOrderOfLocale(localeHint);
  if (byLocale) return { order: byLocale, settledBy: 'locale' };
  return { ambiguous: true, conflicting: false, examples: unsettled.slice(0, 5) };
}
