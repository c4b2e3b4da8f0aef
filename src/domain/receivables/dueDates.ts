/**
 * When an entry falls due (DOMAIN.md, Due dates): the explicit due date when the source has one,
 * else the entry date plus the customer's terms, else plus the default terms. Terms on the
 * month-end basis (月结) count their days from the last day of the entry's month.
 */
import { dayNumber, fromDayNumber, isLeapYear, type IsoDay } from '../isoDay';
import type { Customer, LedgerEntry } from '../ledger';
import type { PaymentTerms } from '../parseTerms';

/** Days in a month; isoDay's daysInMonth builds an array per call, too slow for every item. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

type CustomerTerms = Pick<Customer, 'termsDays' | 'termsBasis'>;

/** The customer's payment terms (账期), or the default terms when the file has none. */
export function termsFor(
  customer: CustomerTerms | undefined,
  defaultTerms: number | PaymentTerms,
): PaymentTerms {
  if (customer?.termsDays !== undefined) {
    return { days: customer.termsDays, basis: customer.termsBasis ?? 'entry-date' };
  }
  return typeof defaultTerms === 'number'
    ? { days: defaultTerms, basis: 'entry-date' }
    : defaultTerms;
}

/**
 * The day count of the customer's terms, or of the default terms, whatever they count from.
 * Alone it gives the due date only for terms from the entry date; dueDayAfter() handles both.
 */
export function termsDaysFor(
  customer: CustomerTerms | undefined,
  defaultTermsDays: number,
): number {
  return termsFor(customer, defaultTermsDays).days;
}

// The month monthEndDay() last worked out: a customer's entries come in date order, so most
// calls fall in the month before.
let lastMonthStart = 0;
let lastMonthEnd = -1;

/** The last day of the month `day` falls in, both as day numbers (days since 1970-01-01). */
export function monthEndDay(day: number): number {
  if (day >= lastMonthStart && day <= lastMonthEnd) return lastMonthEnd;

  // The civil calendar from a day number in plain arithmetic (eras of 400 years, years counted
  // from 1 March so that February's length only matters last), without a Date per item.
  const shifted = day + 719_468;
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const date = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  lastMonthStart = day - date + 1;
  lastMonthEnd = day - date + daysInMonth(year, month);
  return lastMonthEnd;
}

/** The day number an entry of day number `day` falls due on under `terms`. */
export function dueDayAfter(day: number, terms: PaymentTerms): number {
  return (terms.basis === 'month-end' ? monthEndDay(day) : day) + terms.days;
}

/** The due date of an entry dated `date` under `terms`. */
export function dueDateAfter(date: IsoDay, terms: PaymentTerms): IsoDay {
  return fromDayNumber(dueDayAfter(dayNumber(date), terms));
}

/** The due date of an entry for a customer (the default terms when the customer is not on file). */
export function dueDateOf(
  entry: Pick<LedgerEntry, 'date' | 'dueDate'>,
  customer: CustomerTerms | undefined,
  defaultTerms: number | PaymentTerms,
): IsoDay {
  if (entry.dueDate !== undefined) return entry.dueDate;

  return dueDateAfter(entry.date, termsFor(customer, defaultTerms));
}
