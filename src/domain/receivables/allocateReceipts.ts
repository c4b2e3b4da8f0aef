/**
 * Allocation (核销) as of a date, by replaying each customer's entries in date order (ties in
 * source order) as events. Replaying makes DOMAIN.md's rules exact: a payment only meets invoices
 * that exist on its date, a later invoice takes up waiting credit first, and a bounced payment
 * re-opens precisely what it had paid. The replay is prefix-consistent: the state after the
 * events of day D is the allocation as of D, so application dates tell the open amount on any
 * earlier day. docs/receivables.md states the rules in full.
 */
import { asIsoDay, dayNumber, type IsoDay } from '../isoDay';
import type { Customer, LedgerEntry } from '../ledger';
import { InvalidArgumentError } from '../problem';
import type { AllocationResult, CustomerAllocation } from './allocationTypes';
import { CustomerReplay } from './customerReplay';
import { DayCache } from './dayNumbers';
import { CustomerGroups, readLedger } from './ledgerColumns';
import { DEFAULT_RECEIVABLES_SETTINGS, type ReceivablesSettings } from './receivablesSettings';

export { DayCache } from './dayNumbers';

/**
 * Allocates receipts, credit notes and write-offs to invoices for every customer and currency,
 * as of `asOf`. Entries dated after `asOf` are ignored. Linear in the number of entries and the
 * span of their days, plus O(log n) per payment for the first-in-first-out queue.
 */
export function allocateReceipts(
  customers: readonly Customer[],
  entries: readonly LedgerEntry[],
  asOf: IsoDay,
  settings: ReceivablesSettings = DEFAULT_RECEIVABLES_SETTINGS,
): AllocationResult {
  if (asIsoDay(asOf) === undefined) {
    throw new InvalidArgumentError(`as-of date is not an ISO day: ${String(asOf)}`);
  }

  const groups = new CustomerGroups(customers);
  const length = Math.max(1024, entries.length);
  const spare = [new Int32Array(length), new Int32Array(length), new Int32Array(length)] as const;
  const columns = readLedger(entries, dayNumber(asOf), groups, spare);

  const replay = new CustomerReplay(columns, groups, settings, new DayCache(), spare);
  const results = new Array<CustomerAllocation>(groups.size);
  for (let group = 0; group < groups.size; group++) results[group] = replay.allocate(group);

  return { asOf, customers: results.sort(byCustomerThenCurrency) };
}

function byCustomerThenCurrency(a: CustomerAllocation, b: CustomerAllocation): number {
  if (a.customerId !== b.customerId) return a.customerId < b.customerId ? -1 : 1;
  return a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : 0;
}
