/**
 * The replay of one customer's entries in one currency (docs/receivables.md, Allocation): each
 * entry raises an item, brings credit or reverses earlier credit. One CustomerReplay serves every
 * customer in turn. Everything is indexed by replay position, which names both the entry and the
 * item it raises (a row raises at most one), and what it knows about items lives in typed arrays,
 * so the only objects it makes are the results.
 */
import type { LedgerEntry } from '../ledger';
import type { Fen } from '../money';
import type { Problem } from '../problem';
import { AllocatedCustomer, type InvoiceSource } from './allocatedCustomer';
import { AllocatedInvoice } from './allocatedInvoice';
import type { CustomerAllocation, UnappliedCredit } from './allocationTypes';
import { ApplicationLog } from './applicationLog';
import { DocumentNumberIndex } from './documentNumberIndex';
import type { DayCache } from './dayNumbers';
import * as dueDates from './dueDates';
import type { PaymentTerms } from '../parseTerms';
import * as ledger from './ledgerColumns';
import type { CustomerGroups, FenColumn, LedgerColumns, SpareColumns } from './ledgerColumns';
import { OpenItemQueue } from './openItemQueue';
import type { ReceivablesSettings } from './receivablesSettings';

// Local copies: the bench runs through tsx, which turns every use of an imported binding into a
// getter call, and the replay uses these a few million times.
const { ADJUSTMENT, INVOICE, NO_DAY, OPENING, WRITE_OFF, fenColumnLike } = ledger;
const { dueDayAfter, termsFor } = dueDates;

/** Item flags. */
const ITEM = 1;
/** The item's document number is in byNumber, so credit can name it. */
const NAMED = 2;

/** Typed arrays that double when full: the replay's per-customer stacks. */
function grownInt32(array: Int32Array): Int32Array<ArrayBuffer> {
  const larger = new Int32Array(array.length * 2);
  larger.set(array);
  return larger;
}

function grownFloat64(array: Float64Array): Float64Array<ArrayBuffer> {
  const larger = new Float64Array(array.length * 2);
  larger.set(array);
  return larger;
}

export class CustomerReplay implements InvoiceSource {
  readonly log: ApplicationLog;

  // Items, by replay position.
  private readonly flags: Uint8Array;
  private readonly amount: FenColumn;
  private readonly open: FenColumn;
  private readonly dueDay: Int32Array;
  private readonly firstApplication: Int32Array;
  // What only the current customer's replay needs is indexed by position minus `from`, in arrays
  // as long as the largest customer: the engine's typed arrays stay under V8's external-memory
  // step (docs/receivables.md, Performance).
  private readonly lastApplication: Int32Array;
  /** Items carrying the same document number, in the order they arose: next and (at the first) last. */
  private readonly nextSameNumber: Int32Array;
  private readonly lastSameNumber: Int32Array;
  private readonly queue: OpenItemQueue;
  /** The current customer's first item carrying each document number. */
  private readonly numbers: DocumentNumberIndex;

  // The current customer: its replay positions [from, to) and its waiting credit and records.
  private group = 0;
  private from = 0;
  private terms: PaymentTerms = { days: 0, basis: 'entry-date' };
  /** Unapplied credit, oldest first: the replay position and what is left of it. */
  private creditEntry = new Int32Array(64);
  private creditLeft = new Float64Array(64);
  private creditHead = 0;
  private creditCount = 0;
  /** Every application a later reversal may take back, latest on top. */
  private reversibleItem = new Int32Array(64);
  private reversibleKind = new Uint8Array(64);
  private reversibleLeft = new Float64Array(64);
  private reversibleCount = 0;
  private notes: Problem[] = [];

  constructor(
    private readonly columns: LedgerColumns,
    private readonly groups: CustomerGroups,
    private readonly settings: ReceivablesSettings,
    private readonly days: DayCache,
    spare: SpareColumns,
  ) {
    const size = columns.order.length;
    // readLedger is done with the spare columns: they become the log's and each item's first
    // application, which are written before they are read.
    this.log = new ApplicationLog(columns, spare[0], spare[1]);
    this.firstApplication = spare[2];
    let largest = 0;
    for (let group = 0; group < groups.size; group++) {
      const length = (columns.starts[group + 1] as number) - (columns.starts[group] as number);
      if (length > largest) largest = length;
    }
    this.flags = new Uint8Array(size);
    // An item's amount and due day overwrite its entry's amount and explicit due day, which the
    // replay reads only once, just before: the columns are the replay's own copy of the ledger.
    this.amount = columns.amounts;
    this.open = fenColumnLike(columns.amounts, size);
    this.dueDay = columns.dueDays;
    this.lastApplication = new Int32Array(largest);
    this.nextSameNumber = new Int32Array(largest);
    this.lastSameNumber = new Int32Array(largest);
    this.queue = new OpenItemQueue(this.dueDay, this.open, new Uint8Array(size));
    this.numbers = new DocumentNumberIndex(columns);
  }

  /** Replays customer-and-currency group `group`. */
  allocate(group: number): CustomerAllocation {
    const from = this.columns.starts[group] as number;
    const to = this.columns.starts[group + 1] as number;
    this.group = group;
    this.from = from;
    this.terms = termsFor(this.groups.customers[group], this.settings.defaultTermsDays);
    this.creditHead = 0;
    this.creditCount = 0;
    this.reversibleCount = 0;
    this.notes = [];
    this.queue.clear();
    this.numbers.reset(to - from);

    for (let position = from; position < to; position++) this.replay(position);
    return this.result(from, to);
  }

  /** One event: a positive invoice raises an item, a positive receipt brings credit, and so on. */
  private replay(position: number): void {
    const kind = this.columns.kinds[position] as number;
    const amount = this.columns.amounts[position] as number;
    if (amount === 0) return;

    const raisesDebt = kind === OPENING || kind === INVOICE || kind === ADJUSTMENT;
    if (raisesDebt === amount > 0) {
      if (raisesDebt) this.addItem(position, kind, amount);
      else this.reverse(position, kind, -amount);
    } else {
      this.applyCredit(position, kind, Math.abs(amount));
    }
  }

  /** The entry at a replay position. */
  private entry(position: number): LedgerEntry {
    return this.columns.entries[this.columns.order[position] as number] as LedgerEntry;
  }

  /** A new item the customer owes; waiting credit is taken up first, oldest credit first. */
  private addItem(item: number, kind: number, amount: number): void {
    const day = this.columns.days[item] as number;
    const explicitDue = this.columns.dueDays[item] as number;
    this.flags[item] = ITEM;
    this.amount[item] = amount;
    this.open[item] = amount;
    // Same rule as dueDateOf(), on day numbers.
    this.dueDay[item] = explicitDue === NO_DAY ? dueDayAfter(day, this.terms) : explicitDue;
    this.firstApplication[item] = -1;
    this.lastApplication[item - this.from] = -1;

    if ((this.columns.documentNumbers[item] as number) >= 0) this.name(item);

    while ((this.open[item] as number) > 0 && this.creditHead < this.creditCount) {
      const credit = this.creditHead;
      const left = this.creditLeft[credit] as number;
      if (left > 0) {
        const applied = Math.min(left, this.open[item] as number);
        this.creditLeft[credit] = left - applied;
        this.pay(item, this.creditEntry[credit] as number, applied, true);
      }
      if (this.creditLeft[credit] === 0) this.creditHead++;
    }
    if ((this.open[item] as number) > 0) this.queue.push(item);
  }

  /** Files an item under its document number, after the customer's earlier items with it. */
  private name(item: number): void {
    const from = this.from;
    this.flags[item] = (this.flags[item] as number) | NAMED;
    this.nextSameNumber[item - from] = -1;
    const first = this.numbers.find(item, false);
    if (first < 0) {
      this.numbers.add(item);
      this.lastSameNumber[item - from] = item;
    } else {
      this.nextSameNumber[(this.lastSameNumber[first - from] as number) - from] = item;
      this.lastSameNumber[first - from] = item;
    }
  }

  /** Whether an item is filed under the invoice number the entry at `entry` names. */
  private carries(item: number, entry: number): boolean {
    return (
      ((this.flags[item] as number) & NAMED) !== 0 &&
      this.columns.documentNumbers[item] === this.columns.references[entry] &&
      this.numbers.sameText(item, entry, true)
    );
  }

  /** Credit: the invoice it names first, then the oldest due invoices; the rest waits. */
  private applyCredit(entry: number, kind: number, amount: number): void {
    let left = amount;

    if ((this.columns.references[entry] as number) >= 0) {
      const first = this.numbers.find(entry, true);
      if (first < 0) {
        const { id, referencedInvoice } = this.entry(entry);
        this.notes.push({
          code: 'allocation.reference-not-found',
          detail: { entry: id, reference: referencedInvoice as string },
        });
      }
      for (let item = first; item >= 0; item = this.nextSameNumber[item - this.from] as number) {
        if ((this.open[item] as number) <= 0) continue;
        const applied = Math.min(left, this.open[item] as number);
        this.pay(item, entry, applied, false);
        left -= applied;
        break;
      }
    }

    while (left > 0) {
      const oldest = this.queue.peekOpen();
      if (oldest < 0) break;
      const applied = Math.min(left, this.open[oldest] as number);
      this.pay(oldest, entry, applied, false);
      left -= applied;
    }

    if (left > 0) {
      if (kind === WRITE_OFF) {
        this.notes.push({
          code: 'allocation.write-off-exceeds-open',
          detail: { entry: this.entry(entry).id, amount: left },
        });
      }
      if (this.creditCount === this.creditEntry.length) {
        this.creditEntry = grownInt32(this.creditEntry);
        this.creditLeft = grownFloat64(this.creditLeft);
      }
      this.creditEntry[this.creditCount] = entry;
      this.creditLeft[this.creditCount] = left;
      this.creditCount++;
    }
  }

  /**
   * A negative receipt (bounced payment), credit note or write-off takes back what entries of
   * its kind did, latest first: the invoice it names, then waiting credit, then paid invoices.
   */
  private reverse(entry: number, kind: number, amount: number): void {
    let left = amount;

    const named = (this.columns.references[entry] as number) >= 0;
    if (named && this.numbers.find(entry, true) >= 0) {
      left = this.takeBack(kind, entry, left, true);
      if (left === 0) return;
    }

    const kinds = this.columns.kinds;
    for (let credit = this.creditCount - 1; credit >= this.creditHead && left > 0; credit--) {
      const available = this.creditLeft[credit] as number;
      if (kinds[this.creditEntry[credit] as number] !== kind || available === 0) continue;
      const taken = Math.min(available, left);
      this.creditLeft[credit] = available - taken;
      left -= taken;
    }

    if (left > 0) left = this.takeBack(kind, entry, left, false);

    if (left > 0) {
      this.notes.push({
        code: 'allocation.reversal-exceeds-applied',
        detail: { entry: this.entry(entry).id, amount: left },
      });
      this.addItem(entry, kind, left);
    }
  }

  /**
   * Takes back up to `left` from applications of `kind` (only on items carrying the invoice number
   * the entry names, when `named`), latest first; returns what remains.
   */
  private takeBack(kind: number, entry: number, left: number, named: boolean): number {
    let remaining = left;
    for (let record = this.reversibleCount - 1; record >= 0 && remaining > 0; record--) {
      const available = this.reversibleLeft[record] as number;
      if (this.reversibleKind[record] !== kind || available === 0) continue;
      const item = this.reversibleItem[record] as number;
      if (named && !this.carries(item, entry)) continue;

      const taken = Math.min(available, remaining);
      this.reversibleLeft[record] = available - taken;
      remaining -= taken;
      this.open[item] = (this.open[item] as number) + taken;
      this.record(item, entry, false, -taken);
      this.queue.push(item);
    }

    // Spent records sit at the top after a reversal; trimming them keeps later reversals cheap.
    while (this.reversibleCount > 0 && this.reversibleLeft[this.reversibleCount - 1] === 0) {
      this.reversibleCount--;
    }
    return remaining;
  }

  /**
   * Applies `amount` of the credit from `source` to an item, on the day of the source or, for
   * credit that waited, of the item. The item's last application is the one that settled it, if
   * it is settled: only a reversal comes after it, and that re-opens the item.
   */
  private pay(item: number, source: number, amount: number, onInvoiceDay: boolean): void {
    this.open[item] = (this.open[item] as number) - amount;
    this.record(item, source, onInvoiceDay, amount);

    if (this.reversibleCount === this.reversibleItem.length) {
      this.reversibleItem = grownInt32(this.reversibleItem);
      const kinds = new Uint8Array(this.reversibleKind.length * 2);
      kinds.set(this.reversibleKind);
      this.reversibleKind = kinds;
      this.reversibleLeft = grownFloat64(this.reversibleLeft);
    }
    const record = this.reversibleCount++;
    this.reversibleItem[record] = item;
    this.reversibleKind[record] = this.columns.kinds[source] as number;
    this.reversibleLeft[record] = amount;
  }

  /** Logs an application on the item's chain. */
  private record(item: number, source: number, onInvoiceDay: boolean, amount: number): void {
    const last = item - this.from;
    const row = this.log.add(this.lastApplication[last] as number, source, onInvoiceDay, amount);
    if ((this.firstApplication[item] as number) < 0) this.firstApplication[item] = row;
    this.lastApplication[last] = row;
  }

  private result(from: number, to: number): CustomerAllocation {
    let openTotal = 0;
    for (let item = from; item < to; item++) {
      if (((this.flags[item] as number) & ITEM) !== 0) openTotal += this.open[item] as number;
    }

    let unapplied = 0;
    const unappliedItems: UnappliedCredit[] = [];
    for (let credit = this.creditHead; credit < this.creditCount; credit++) {
      const left = this.creditLeft[credit] as number;
      if (left === 0) continue;
      const entry = this.entry(this.creditEntry[credit] as number);
      unapplied += left;
      unappliedItems.push({
        entryId: entry.id,
        kind: entry.kind,
        date: entry.date,
        amount: left as Fen,
      });
    }

    return new AllocatedCustomer(
      this,
      this.group,
      { from, to },
      {
        customerId: this.groups.customerIds[this.group] as string,
        currency: this.groups.currencies[this.group] as string,
        openInvoiceTotal: openTotal as Fen,
        unappliedCredit: unapplied as Fen,
        unappliedItems,
        balance: (openTotal - unapplied) as Fen,
        notes: this.notes,
      },
    );
  }

  isItem(position: number): boolean {
    return ((this.flags[position] as number) & ITEM) !== 0;
  }

  openOn(position: number): number {
    return this.open[position] as number;
  }

  dueDayOn(position: number): number {
    return this.dueDay[position] as number;
  }

  entryDayOn(position: number): number {
    return this.columns.days[position] as number;
  }

  /** Items keep their figures after their customer's replay, so invoices can be made later. */
  invoiceAt(item: number, group: number): AllocatedInvoice {
    const open = this.open[item] as number;
    const first = this.firstApplication[item] as number;
    const settled = open === 0 ? (this.columns.days[this.log.lastEvent(first, item)] as number) : 0;
    return new AllocatedInvoice(
      this.entry(item),
      this.groups.customerIds[group] as string,
      this.groups.currencies[group] as string,
      this.days.day(this.dueDay[item] as number),
      this.amount[item] as Fen,
      open as Fen,
      open === 0 ? this.days.day(settled) : undefined,
      this.log,
      first,
      item,
    );
  }
}
