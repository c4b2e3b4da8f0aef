/**
 * One customer's allocation as callers see it (CustomerAllocation). Its totals, unapplied credit
 * and notes are plain fields; its invoices are made from the replay's columns the first time
 * someone reads them, and kept. Aging asks only for the open ones (openInvoices), so the paid
 * invoices of a large ledger, usually most of them, become objects only for a caller who reads
 * them: making them all was the larger part of allocating a million entries.
 *
 * `invoices` is an own enumerable getter, so spreads, JSON and deep equality see it as a field,
 * in the same place as on an object literal; an open invoice is the same object in both lists.
 */
import type { CurrencyCode, Fen } from '../money';
import type { Problem } from '../problem';
import type { AllocatedInvoice } from './allocatedInvoice';
import type { CustomerAllocation, UnappliedCredit } from './allocationTypes';

/** Where a customer's invoices come from: the replay that allocated them. */
export interface InvoiceSource {
  /** Whether the entry at a replay position raised an item. */
  isItem(position: number): boolean;
  /** What is still open on the item at a replay position. */
  openOn(position: number): number;
  /** The item at a replay position, as the invoice callers see. */
  invoiceAt(position: number, group: number): AllocatedInvoice;
  /** The due day number of the item at a replay position. */
  dueDayOn(position: number): number;
  /** The day number of the entry that raised the item at a replay position. */
  entryDayOn(position: number): number;
}

/**
 * Takes each open item's figures without its invoice being made: its open amount, due day and
 * entry day, in the order the items arose. Aging totals the buckets this way, so its figures cost
 * no objects; the aged lines, which hold the invoices, are made when someone reads them.
 */
export interface OpenItemTally {
  add(open: number, dueDay: number, entryDay: number): void;
}

export class AllocatedCustomer implements CustomerAllocation {
  static readonly #invoicesProperty: PropertyDescriptor = {
    enumerable: true,
    get(this: AllocatedCustomer): readonly AllocatedInvoice[] {
      return this.#allInvoices();
    },
  };

  // Declared only, and assigned in the constructor, so the fields keep an object literal's order
  // around `invoices`, which is defined there too.
  declare readonly customerId: string;
  declare readonly currency: CurrencyCode;
  declare readonly invoices: readonly AllocatedInvoice[];
  declare readonly openInvoiceTotal: Fen;
  declare readonly unappliedCredit: Fen;
  declare readonly unappliedItems: readonly UnappliedCredit[];
  declare readonly balance: Fen;
  declare readonly notes: readonly Problem[];
  readonly #source: InvoiceSource;
  readonly #group: number;
  readonly #from: number;
  readonly #to: number;
  #open: readonly AllocatedInvoice[] | undefined;
  #all: readonly AllocatedInvoice[] | undefined;

  constructor(
    source: InvoiceSource,
    group: number,
    positions: { readonly from: number; readonly to: number },
    fields: Omit<CustomerAllocation, 'invoices'>,
  ) {
    this.customerId = fields.customerId;
    this.currency = fields.currency;
    Object.defineProperty(this, 'invoices', AllocatedCustomer.#invoicesProperty);
    this.openInvoiceTotal = fields.openInvoiceTotal;
    this.unappliedCredit = fields.unappliedCredit;
    this.unappliedItems = fields.unappliedItems;
    this.balance = fields.balance;
    this.notes = fields.notes;
    this.#source = source;
    this.#group = group;
    this.#from = positions.from;
    this.#to = positions.to;
    this.#open = undefined;
    this.#all = undefined;
  }

  /** The invoices with something still open, in the order they arose. */
  openInvoices(): readonly AllocatedInvoice[] {
    if (this.#open !== undefined) return this.#open;
    if (this.#all !== undefined) {
      this.#open = this.#all.filter((invoice) => invoice.open !== 0);
      return this.#open;
    }

    const source = this.#source;
    const open: AllocatedInvoice[] = [];
    for (let position = this.#from; position < this.#to; position++) {
      if (source.isItem(position) && source.openOn(position) !== 0) {
        open.push(source.invoiceAt(position, this.#group));
      }
    }
    this.#open = open;
    return open;
  }

  /** Gives `tally` the figures of every open invoice, in the order openInvoices() lists them. */
  tallyOpenItems(tally: OpenItemTally): void {
    const source = this.#source;
    for (let position = this.#from; position < this.#to; position++) {
      if (!source.isItem(position)) continue;
      const open = source.openOn(position);
      if (open !== 0) tally.add(open, source.dueDayOn(position), source.entryDayOn(position));
    }
  }

  #allInvoices(): readonly AllocatedInvoice[] {
    if (this.#all !== undefined) return this.#all;

    const source = this.#source;
    const open = this.#open;
    let opened = 0;
    const all: AllocatedInvoice[] = [];
    for (let position = this.#from; position < this.#to; position++) {
      if (!source.isItem(position)) continue;
      const made = open !== undefined && source.openOn(position) !== 0 ? open[opened++] : undefined;
      all.push(made ?? source.invoiceAt(position, this.#group));
    }
    this.#all = all;
    return all;
  }
}
