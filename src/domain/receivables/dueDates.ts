/**
 * When an entry falls due (DOMAIN.md, Due dates): the explicit due date when the source has one,
 * else the entry date plus the customer's terms, else plus the default terms.
 */
import { addDays, type IsoDay } from '../isoDay';
import type { Customer, LedgerEntry } from '../ledger';

/** The customer's payment terms in days (账期), or the default terms when the file has none. */
export function termsDaysFor(
  customer: Pick<Customer, 'termsDays'> | undefined,
  defaultTermsDays: number,
): number {
  return customer?.termsDays ?? defaultTermsDays;
}

/** The due date of an entry for a customer (undefined when the customer is not on file). */
export function dueDateOf(
  entry: Pick<LedgerEntry, 'date' | 'dueDate'>,
  customer: Pick<Customer, 'termsDays'> | undefined,
  defaultTermsDays: number,
): IsoDay {
  if (entry.dueDate !== undefined) return entry.dueDate;

  return addDays(entry.date, termsDaysFor(customer, defaultTermsDays));
}
