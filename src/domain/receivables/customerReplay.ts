/**
 * The replay of one customer's entries in one currency (docs/receivables.md, Allocation): each
 * entry raises an item, brings credit or reverses earlier credit. One CustomerReplay serves every
 * customer in turn; what it knows about items lives in typed arrays indexed by replay position
 * (a row raises at most one item), so the only objects it makes are the results.
 */
import type { IsoDay } from '../isoDay';
import type { Fen } from '../money';
import type { Problem } from '../problem';
import { AllocatedInvoice } from './allocatedInvoice';
import type { CustomerAllocation, InvoiceAllocation, UnappliedCredit } from './allocationTypes';
import { ApplicationLog } from './applicationLog';
import type { DayCache } from './dayNumbers';
import { termsDaysFor } from './dueDates';
import * as ledger from './ledgerColumns';
import type { CustomerGroups, LedgerColumns } from './ledgerColumns';
import { OpenItemQueue } from './openItemQueue';
import type { ReceivablesSettings } from './receivablesSettings';

// Local copies: the bench runs through tsx, which turns every use of an imported binding into a
// getter call, and the replay uses these a few million times.
const { ADJUSTMENT, INVOICE, NO_DAY, OPENING, RECEIPT, WRITE_OFF, kindOf } = ledger;

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

export class CustomerReplay {
  readonly log: ApplicationLog;

  // Items, by replay position.
  private readonly flags: Uint8Array;
  private readonly amount: Float64Array;
  private readonly open: Float64Array;
  private readonly dueDay: Int32Array;
  private readonly settledDay: Int32Array;
  private readonly firstApplication: Int32Array;
  private readonly lastApplication: Int32Array;
  /** Items carrying the same document number, in the order they arose: next and (at the first) last. */
  private readonly nextSameNumber: Int32Array;
  private readonly lastSameNumber: Int32Array;
  private readonly queue: OpenItemQueue;
  /**
   * The customer's first item carrying each document number. A small map per customer: one map
   * for the whole ledger was several times slower, its million keys spread over memory.
   */
  private byNumber = new Map<string, number>();

  // The current customer: its replay positions [from, to) and its waiting credit and records.
  private group = 0;
  private termsDays = 0;
  /** Unapplied credit, oldest first: the source position and what is left of it. */
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
    private readonly order: Int32Array,
    private readonly groups: CustomerGroups,
    private readonly settings: ReceivablesSettings,
    private readonly days: DayCache,
  ) {
    const size = order.length;
    this.log = new ApplicationLog(columns);
    this.flags = new Uint8Array(size);
    this.amount = new Float64Array(size);
    this.open = new Float64Array(size);
    this.dueDay = new Int32Array(size);
    this.settledDay = new Int32Array(size);
    this.firstApplication = new Int32Array(size);
    this.lastApplication = new Int32Array(size);
    this.nextSameNumber = new Int32Array(size);
    this.lastSameNumber = new Int32Array(size);
    this.queue = new OpenItemQueue(this.dueDay, this.open, new Uint8Array(size));
  }

  /** Replays positions [from, to) as customer-and-currency group `group`. */
  allocate(group: number, from: number, to: number): CustomerAllocation {
    this.group = group;
    this.termsDays = termsDaysFor(this.groups.customers[group], this.settings.defaultTermsDays);
    this.creditHead = 0;
    this.creditCount = 0;
    this.reversibleCount = 0;
    this.notes = [];
    this.byNumber = new Map<string, number>();
    this.queue.clear();

    for (let position = from; position < to; position++) this.replay(position);
    return this.result(from, to);
  }

  /** One event: a positive invoice raises an item, a positive receipt brings credit, and so on. */
  private replay(position: number): void {
    const entry = this.order[position] as number;
    const kind = this.columns.kinds[entry] as number;
    const amount = this.columns.amounts[entry] as number;
    if (amount === 0) return;

    const raisesDebt = kind === OPENING || kind === INVOICE || kind === ADJUSTMENT;
    if (raisesDebt === amount > 0) {
      if (raisesDebt) this.addItem(position, entry, kind, amount);
      else this.reverse(position, entry, kind, -amount);
    } else {
      this.applyCredit(entry, kind, Math.abs(amount));
    }
  }

  /** A new item the customer owes; waiting credit is taken up first, oldest credit first. */
  private addItem(item: number, entry: number, kind: number, amount: number): void {
    const day = this.columns.days[entry] as number;
    const explicitDue = this.columns.dueDays[entry] as number;
    this.flags[item] = ITEM;
    this.amount[item] = amount;
    this.open[item] = amount;
    // Same rule as dueDateOf(), on day numbers.
    this.dueDay[item] = explicitDue === NO_DAY ? day + this.termsDays : explicitDue;
    this.settledDay[item] = NO_DAY;
    this.firstApplication[item] = -1;
    this.lastApplication[item] = -1;

    const documentNumber = this.columns.documentNumbers[entry];
    if (documentNumber !== undefined && kind !== RECEIPT) this.name(item, documentNumber);

    while ((this.open[item] as number) > 0 && this.creditHead < this.creditCount) {
      const credit = this.creditHead;
      const left = this.creditLeft[credit] as number;
      if (left > 0) {
        const applied = Math.min(left, this.open[item] as number);
        this.creditLeft[credit] = left - applied;
        this.pay(item, this.creditEntry[credit] as number, applied, entry);
      }
      if (this.creditLeft[credit] === 0) this.creditHead++;
    }
    if ((this.open[item] as number) > 0) this.queue.push(item);
  }

  /** Files an item under its document number, after the customer's earlier items with it. */
  private name(item: number, documentNumber: string): void {
    this.flags[item] = (this.flags[item] as number) | NAMED;
    this.nextSameNumber[item] = -1;
    const first = this.firstNamed(documentNumber);
    if (first < 0) {
      this.byNumber.set(documentNumber, item);
      this.lastSameNumber[item] = item;
    } else {
      this.nextSameNumber[this.lastSameNumber[first] as number] = item;
      this.lastSameNumber[first] = item;
    }
  }

  /** The customer's first item with this document number, or -1. */
  private firstNamed(documentNumber: string): number {
    return this.byNumber.get(documentNumber) ?? -1;
  }

  /** Whether an item is filed under this document number. */
  private carries(item: number, documentNumber: string): boolean {
    return (
      ((this.flags[item] as number) & NAMED) !== 0 &&
      this.columns.documentNumbers[this.order[item] as number] === documentNumber
    );
  }

  /** Credit: the invoice it names first, then the oldest due invoices; the rest waits. */
  private applyCredit(entry: number, kind: number, amount: number): void {
    const reference = this.columns.references[entry];
    let left = amount;

    if (reference !== undefined) {
      const first = this.firstNamed(reference);
      if (first < 0) {
        this.notes.push({
          code: 'allocation.reference-not-found',
          detail: { entry: this.columns.ids[entry] as string, reference },
        });
      }
      for (let item = first; item >= 0; item = this.nextSameNumber[item] as number) {
        if ((this.open[item] as number) <= 0) continue;
        const applied = Math.min(left, this.open[item] as number);
        this.pay(item, entry, applied, entry);
        left -= applied;
        break;
      }
    }

    while (left > 0) {
      const oldest = this.queue.peekOpen();
      if (oldest < 0) break;
      const applied = Math.min(left, this.open[oldest] as number);
      this.pay(oldest, entry, applied, entry);
      left -= applied;
    }

    if (left > 0) {
      if (kind === WRITE_OFF) {
        this.notes.push({
          code: 'allocation.write-off-exceeds-open',
          detail: { entry: this.columns.ids[entry] as string, amount: left },
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
  private reverse(position: number, entry: number, kind: number, amount: number): void {
    const reference = this.columns.references[entry];
    let left = amount;

    if (reference !== undefined && this.firstNamed(reference) >= 0) {
      left = this.takeBack(kind, entry, left, reference);
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

    if (left > 0) left = this.takeBack(kind, entry, left, undefined);

    if (left > 0) {
      this.notes.push({
        code: 'allocation.reversal-exceeds-applied',
        detail: { entry: this.columns.ids[entry] as string, amount: left },
      });
      this.addItem(position, entry, kind, left);
    }
  }

  /**
   * Takes back up to `left` from applications of `kind` (only on items carrying `documentNumber`
   * when given), latest first; returns what remains.
   */
  private takeBack(
    kind: number,
    entry: number,
    left: number,
    documentNumber: string | undefined,
  ): number {
    let remaining = left;
    for (let record = this.reversibleCount - 1; record >= 0 && remaining > 0; record--) {
      const available = this.reversibleLeft[record] as number;
      if (this.reversibleKind[record] !== kind || available === 0) continue;
      const item = this.reversibleItem[record] as number;
      if (documentNumber !== undefined && !this.carries(item, documentNumber)) continue;

      const taken = Math.min(available, remaining);
      this.reversibleLeft[record] = available - taken;
      remaining -= taken;
      this.open[item] = (this.open[item] as number) + taken;
      this.settledDay[item] = NO_DAY;
      this.record(item, entry, entry, -taken);
      this.queue.push(item);
    }

    // Spent records sit at the top after a reversal; trimming them keeps later reversals cheap.
    while (this.reversibleCount > 0 && this.reversibleLeft[this.reversibleCount - 1] === 0) {
      this.reversibleCount--;
    }
    return remaining;
  }

  /** Applies `amount` of the credit from `source` to an item, as the event `event`. */
  private pay(item: number, source: number, amount: number, event: number): void {
    const open = (this.open[item] as number) - amount;
    this.open[item] = open;
    if (open === 0) this.settledDay[item] = this.columns.days[event] as number;
    this.record(item, source, event, amount);

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
  private record(item: number, source: number, event: number, amount: number): void {
    const row = this.log.add(this.lastApplication[item] as number, source, event, amount);
    if ((this.firstApplication[item] as number) < 0) this.firstApplication[item] = row;
    this.lastApplication[item] = row;
  }

  private result(from: number, to: number): CustomerAllocation {
    const invoices: InvoiceAllocation[] = [];
    let openTotal = 0;
    for (let item = from; item < to; item++) {
      if (((this.flags[item] as number) & ITEM) === 0) continue;
      openTotal += this.open[item] as number;
      invoices.push(this.invoice(item));
    }

    const { ids, dates, kinds } = this.columns;
    let unapplied = 0;
    const unappliedItems: UnappliedCredit[] = [];
    for (let credit = this.creditHead; credit < this.creditCount; credit++) {
      const left = this.creditLeft[credit] as number;
      if (left === 0) continue;
      const entry = this.creditEntry[credit] as number;
      unapplied += left;
      unappliedItems.push({
        entryId: ids[entry] as string,
        kind: kindOf(kinds[entry] as number),
        date: dates[entry] as IsoDay,
        amount: left as Fen,
      });
    }

    return {
      customerId: this.groups.customerIds[this.group] as string,
      currency: this.groups.currencies[this.group] as string,
      invoices,
      openInvoiceTotal: openTotal as Fen,
      unappliedCredit: unapplied as Fen,
      unappliedItems,
      balance: (openTotal - unapplied) as Fen,
      notes: this.notes,
    };
  }

  private invoice(item: number): AllocatedInvoice {
    const entry = this.order[item] as number;
    const columns = this.columns;
    const amount = this.amount[item] as number;
    const open = this.open[item] as number;
    return new AllocatedInvoice(
      {
        entryId: columns.ids[entry] as string,
        customerId: this.groups.customerIds[this.group] as string,
        currency: this.groups.currencies[this.group] as string,
        kind: kindOf(columns.kinds[entry] as number),
        documentNumber: columns.documentNumbers[entry],
        date: columns.dates[entry] as IsoDay,
        dueDate: this.days.day(this.dueDay[item] as number),
        amount: amount as Fen,
        paid: (amount - open) as Fen,
        open: open as Fen,
        disputed: columns.disputed[entry] === 1,
        disputeNote: columns.disputeNotes.get(entry),
        settledOn: open === 0 ? this.days.day(this.settledDay[item] as number) : undefined,
      },
      this.log,
      this.firstApplication[item] as number,
    );
  }
}
