/**
 * Aging (账龄): every open invoice gets its days past due (or days since it arose, on the entry
 * basis) and a bucket; buckets add up per customer and per currency. Every bucket of the setting
 * is always present, zero or not, and the buckets add up to the open invoice total to the fen.
 */
import { asIsoDay, dayNumber, type IsoDay } from '../isoDay';
import type { CurrencyCode, Fen } from '../money';
import { InvalidArgumentError, InvariantBrokenError } from '../problem';
import { AllocatedCustomer, type OpenItemTally } from './allocatedCustomer';
import type { AllocationResult, InvoiceAllocation } from './allocationTypes';
import {
  DEFAULT_RECEIVABLES_SETTINGS,
  type AgingBasis,
  type AgingBucket,
  type ReceivablesSettings,
} from './receivablesSettings';

export interface BucketAmount {
  readonly bucketId: string;
  readonly amount: Fen;
  /** How many open invoices fall in the bucket. */
  readonly count: number;
}

export interface AgedInvoice {
  readonly invoice: InvoiceAllocation;
  /** as-of minus due date (or minus entry date on the entry basis), in calendar days. */
  readonly days: number;
  /** Days past the due date, whatever the basis: what overdue means for chasing. */
  readonly daysPastDue: number;
  readonly bucketId: string;
}

export interface CustomerAging {
  readonly customerId: string;
  readonly currency: CurrencyCode;
  /** One row per bucket of the setting, in its order. */
  readonly buckets: readonly BucketAmount[];
  readonly openInvoiceTotal: Fen;
  /** Shown beside the buckets, never aged. */
  readonly unappliedCredit: Fen;
  readonly openInvoices: readonly AgedInvoice[];
}

export interface CurrencyAgingTotal {
  readonly currency: CurrencyCode;
  readonly buckets: readonly BucketAmount[];
  readonly openInvoiceTotal: Fen;
  readonly unappliedCredit: Fen;
}

export interface AgingReport {
  readonly asOf: IsoDay;
  readonly basis: AgingBasis;
  readonly bucketSet: readonly AgingBucket[];
  readonly customers: readonly CustomerAging[];
  /** One line per currency: amounts in different currencies are never added. */
  readonly totals: readonly CurrencyAgingTotal[];
}

/** Index of the bucket a number of days falls in; the first and last buckets are open-ended. */
export function bucketIndexFor(buckets: readonly AgingBucket[], days: number): number {
  const last = buckets.length - 1;
  for (let index = 0; index < last; index++) {
    const to = (buckets[index] as AgingBucket).toDays;
    if (to === null || days <= to) return index;
  }
  return last;
}

/** The days an open invoice counts on the given basis, as of a day number. */
export function ageInDays(
  invoice: Pick<InvoiceAllocation, 'date' | 'dueDate'>,
  asOfDay: number,
  basis: AgingBasis,
): number {
  return asOfDay - dayNumber(basis === 'due' ? invoice.dueDate : invoice.date);
}

/**
 * Ages an allocation's open invoices into the setting's buckets, per customer and per currency.
 * The buckets must have passed validateReceivablesSettings().
 */
export function ageReceivables(
  allocation: AllocationResult,
  settings: ReceivablesSettings = DEFAULT_RECEIVABLES_SETTINGS,
): AgingReport {
  const buckets = settings.agingBuckets;
  if (buckets.length === 0) throw new InvalidArgumentError('aging needs at least one bucket');
  if (asIsoDay(allocation.asOf) === undefined) {
    throw new InvalidArgumentError(`as-of date is not an ISO day: ${String(allocation.asOf)}`);
  }

  const asOfDay = dayNumber(allocation.asOf);
  const byEntryDate = settings.agingBasis !== 'due';
  const lines = new AgedLines(asOfDay, byEntryDate, buckets);
  const tally = new BucketTally(asOfDay, byEntryDate, buckets);

  const totals = new Map<
    CurrencyCode,
    { amounts: number[]; counts: number[]; unapplied: number }
  >();
  const customers: CustomerAging[] = allocation.customers.map((customer) => {
    // The replay's own figures where there is a replay: its day numbers are the invoices' dates.
    let openInvoices: AgedInvoice[] | AllocatedCustomer;
    tally.clear();
    if (customer instanceof AllocatedCustomer) {
      customer.tallyOpenItems(tally);
      openInvoices = customer;
    } else {
      openInvoices = lines.of(customer.invoices);
      for (const line of openInvoices) tally.addDays(line.invoice.open, line.days);
    }
    const amounts = tally.amounts.slice();
    const counts = tally.counts.slice();

    const bucketTotal = amounts.reduce((sum, amount) => sum + amount, 0);
    if (bucketTotal !== customer.openInvoiceTotal) {
      throw new InvariantBrokenError(
        `aging buckets ${bucketTotal} differ from open invoices ${customer.openInvoiceTotal}`,
      );
    }

    let total = totals.get(customer.currency);
    if (total === undefined) {
      total = {
        amounts: new Array<number>(buckets.length).fill(0),
        counts: new Array<number>(buckets.length).fill(0),
        unapplied: 0,
      };
      totals.set(customer.currency, total);
    }
    for (let index = 0; index < buckets.length; index++) {
      total.amounts[index] = (total.amounts[index] as number) + (amounts[index] as number);
      total.counts[index] = (total.counts[index] as number) + (counts[index] as number);
    }
    total.unapplied += customer.unappliedCredit;

    return new AgedCustomer(
      {
        customerId: customer.customerId,
        currency: customer.currency,
        buckets: bucketAmounts(buckets, amounts, counts),
        openInvoiceTotal: customer.openInvoiceTotal,
        unappliedCredit: customer.unappliedCredit,
      },
      lines,
      openInvoices,
    );
  });

  const currencyTotals: CurrencyAgingTotal[] = [...totals.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([currency, total]) => ({
      currency,
      buckets: bucketAmounts(buckets, total.amounts, total.counts),
      openInvoiceTotal: total.amounts.reduce((sum, amount) => sum + amount, 0) as Fen,
      unappliedCredit: total.unapplied as Fen,
    }));

  return {
    asOf: allocation.asOf,
    basis: settings.agingBasis,
    bucketSet: buckets,
    customers,
    totals: currencyTotals,
  };
}

/** Adds open items to the buckets, one customer at a time. */
class BucketTally implements OpenItemTally {
  readonly amounts: number[];
  readonly counts: number[];

  constructor(
    private readonly asOfDay: number,
    private readonly byEntryDate: boolean,
    private readonly buckets: readonly AgingBucket[],
  ) {
    this.amounts = new Array<number>(buckets.length).fill(0);
    this.counts = new Array<number>(buckets.length).fill(0);
  }

  clear(): void {
    this.amounts.fill(0);
    this.counts.fill(0);
  }

  add(open: number, dueDay: number, entryDay: number): void {
    this.addDays(open, this.asOfDay - (this.byEntryDate ? entryDay : dueDay));
  }

  addDays(open: number, days: number): void {
    const index = bucketIndexFor(this.buckets, days);
    this.amounts[index] = (this.amounts[index] as number) + open;
    this.counts[index] = (this.counts[index] as number) + 1;
  }
}

/** Makes aged invoice lines, reading each distinct date once. */
class AgedLines {
  private readonly dayNumbers = new Map<string, number>();

  constructor(
    private readonly asOfDay: number,
    private readonly byEntryDate: boolean,
    private readonly buckets: readonly AgingBucket[],
  ) {}

  of(invoices: readonly InvoiceAllocation[]): AgedInvoice[] {
    const lines: AgedInvoice[] = [];
    for (const invoice of invoices) {
      if (invoice.open === 0) continue;
      const daysPastDue = this.asOfDay - this.dayOf(invoice.dueDate);
      const days = this.byEntryDate ? this.asOfDay - this.dayOf(invoice.date) : daysPastDue;
      const bucket = this.buckets[bucketIndexFor(this.buckets, days)] as AgingBucket;
      lines.push({ invoice, days, daysPastDue, bucketId: bucket.id });
    }
    return lines;
  }

  private dayOf(day: IsoDay): number {
    let value = this.dayNumbers.get(day);
    if (value === undefined) {
      value = dayNumber(day);
      this.dayNumbers.set(day, value);
    }
    return value;
  }
}

/**
 * A customer's aging line. Its aged invoices are made the first time someone reads them (the
 * buckets come from the replay's figures): a million-entry ledger has about 185,000 open
 * invoices, and making them with their lines was most of aging's time, while a summary, a CSV or
 * the credit flags never read them. `openInvoices` is an own enumerable getter, so spreads, JSON
 * and deep equality see a field, in the same place as on an object literal.
 */
class AgedCustomer implements CustomerAging {
  static readonly #linesProperty: PropertyDescriptor = {
    enumerable: true,
    get(this: AgedCustomer): readonly AgedInvoice[] {
      return this.#openInvoices();
    },
  };

  declare readonly customerId: string;
  declare readonly currency: CurrencyCode;
  declare readonly buckets: readonly BucketAmount[];
  declare readonly openInvoiceTotal: Fen;
  declare readonly unappliedCredit: Fen;
  declare readonly openInvoices: readonly AgedInvoice[];
  readonly #lines: AgedLines;
  /** The lines, or the allocation to make them from. */
  #made: AgedInvoice[] | AllocatedCustomer;

  constructor(
    fields: Omit<CustomerAging, 'openInvoices'>,
    lines: AgedLines,
    openInvoices: AgedInvoice[] | AllocatedCustomer,
  ) {
    this.customerId = fields.customerId;
    this.currency = fields.currency;
    this.buckets = fields.buckets;
    this.openInvoiceTotal = fields.openInvoiceTotal;
    this.unappliedCredit = fields.unappliedCredit;
    Object.defineProperty(this, 'openInvoices', AgedCustomer.#linesProperty);
    this.#lines = lines;
    this.#made = openInvoices;
  }

  #openInvoices(): readonly AgedInvoice[] {
    if (this.#made instanceof AllocatedCustomer) {
      this.#made = this.#lines.of(this.#made.openInvoices());
    }
    return this.#made;
  }
}

function bucketAmounts(
  buckets: readonly AgingBucket[],
  amounts: readonly number[],
  counts: readonly number[],
): BucketAmount[] {
  return buckets.map((bucket, index) => ({
    bucketId: bucket.id,
    amount: (amounts[index] ?? 0) as Fen,
    count: counts[index] ?? 0,
  }));
}
