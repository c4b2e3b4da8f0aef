/**
 * When an entry falls due (DOMAIN.md, Due dates): the explicit due date when the source has one,
 * else the entry date plus the customer's terms, else plus the default terms. Terms on the
 * month-end basis (月结) count their days from the last day of the entry's month.
 */
import { dayNumber, fromDayNumber, type IsoDay } from '../isoDay';
import type { Customer, LedgerEntry } from '../ledger';
import type { PaymentTerms } from '../parseTerms';

const MS_PER_DAY = 86_400_000;

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

// TODO(terms): the allocation replay still adds this count to the entry day, so a 月结 customer's
// items fall due days after the entry date, not after its month-end, until it calls dueDayAfter().
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

/** The last day of the month `day` falls in, both as day numbers (days since 1970-01-01). */
export function monthEndDay(day: number): number {
  const date = new Date(day * MS_PER_DAY);
  // Day 0 of the next month is the last day of this one, leap years included.
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0) / MS_PER_DAY;
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
