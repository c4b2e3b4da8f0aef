/**
 * Every application the replay makes (a payment, credit note or write-off meeting an invoice, or
 * a reversal taking it back), kept as rows of typed arrays and chained per invoice. An invoice's
 * list of Application objects is built the first time someone reads it: most callers read only
 * the open amounts, and a million-entry ledger makes about as many applications, which as objects
 * were a third of the engine's time in garbage collection.
 */
import type { LedgerEntry } from '../ledger';
import type { Fen } from '../money';
import type { Application } from './allocationTypes';
import { fenColumnLike, type FenColumn, type LedgerColumns } from './ledgerColumns';

export class ApplicationLog {
  /**
   * Replay position of the entry whose money moved: its id and kind name the application. The
   * event that moved it, whose date is the application's, is that entry or the invoice itself
   * (credit waiting for a later invoice meets it on the invoice's day); the second is written as
   * ~position, so no column is spent on it.
   */
  private entry: Int32Array;
  private amount: FenColumn;
  /** The invoice's next application, or -1. */
  private next: Int32Array;
  private size = 0;

  /**
   * Room for one application per entry from the start (`entry` and `next`, the caller's, have at
   * least that): generated ledgers make about 0.8 per entry, and growing by doubling to a million
   * rows left as much again behind as garbage.
   */
  constructor(
    private readonly columns: LedgerColumns,
    entry: Int32Array,
    next: Int32Array,
  ) {
    this.entry = entry;
    this.amount = fenColumnLike(columns.amounts, entry.length);
    this.next = next;
  }

  /**
   * Records an application after `previous` (the invoice's last one, or -1); returns its row.
   * `onInvoiceDay` says the event was the invoice arising rather than the entry itself.
   */
  add(previous: number, entry: number, onInvoiceDay: boolean, amount: number): number {
    if (this.size === this.entry.length) this.grow();
    const row = this.size++;
    this.entry[row] = onInvoiceDay ? ~entry : entry;
    this.amount[row] = amount;
    this.next[row] = -1;
    if (previous >= 0) this.next[previous] = row;
    return row;
  }

  /** The replay position of the event of the last application chained from `first`. */
  lastEvent(first: number, invoice: number): number {
    let row = first;
    for (let next = this.next[row] as number; next >= 0; next = this.next[row] as number) {
      row = next;
    }
    const entry = this.entry[row] as number;
    return entry < 0 ? invoice : entry;
  }

  /** The applications chained from `first` (the invoice at `invoice`'s), oldest first. */
  list(first: number, invoice: number): Application[] {
    const { entries, order } = this.columns;
    const list: Application[] = [];
    for (let row = first; row >= 0; row = this.next[row] as number) {
      const coded = this.entry[row] as number;
      const source = coded < 0 ? ~coded : coded;
      const entry = entries[order[source] as number] as LedgerEntry;
      const event = entries[order[coded < 0 ? invoice : source] as number] as LedgerEntry;
      list.push({
        entryId: entry.id,
        kind: entry.kind,
        date: event.date,
        amount: this.amount[row] as Fen,
      });
    }
    return list;
  }

  private grow(): void {
    const capacity = Math.max(1024, this.entry.length * 2);
    const entry = new Int32Array(capacity);
    const amount = fenColumnLike(this.amount, capacity);
    const next = new Int32Array(capacity);
    entry.set(this.entry);
    amount.set(this.amount);
    next.set(this.next);
    this.entry = entry;
    this.amount = amount;
    this.next = next;
  }
}
