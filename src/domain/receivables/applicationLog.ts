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
import type { LedgerColumns } from './ledgerColumns';

export class ApplicationLog {
  /** Replay position of the entry whose money moved: its id and kind name the application. */
  private entry: Int32Array;
  /** Replay position of the event that moved it: its date is the application's date. */
  private event: Int32Array;
  private amount: Float64Array;
  /** The invoice's next application, or -1. */
  private next: Int32Array;
  private size = 0;

  /**
   * Room for one application per entry from the start: generated ledgers make about 0.8 per
   * entry, and growing by doubling to a million rows left as much again behind as garbage.
   */
  constructor(private readonly columns: LedgerColumns) {
    const capacity = Math.max(1024, columns.order.length);
    this.entry = new Int32Array(capacity);
    this.event = new Int32Array(capacity);
    this.amount = new Float64Array(capacity);
    this.next = new Int32Array(capacity);
  }

  /** Records an application after `previous` (the invoice's last one, or -1); returns its row. */
  add(previous: number, entry: number, event: number, amount: number): number {
    if (this.size === this.entry.length) this.grow();
    const row = this.size++;
    this.entry[row] = entry;
    this.event[row] = event;
    this.amount[row] = amount;
    this.next[row] = -1;
    if (previous >= 0) this.next[previous] = row;
    return row;
  }

  /** The applications chained from `first`, oldest first. */
  list(first: number): Application[] {
    const { entries, order } = this.columns;
    const list: Application[] = [];
    for (let row = first; row >= 0; row = this.next[row] as number) {
      const entry = entries[order[this.entry[row] as number] as number] as LedgerEntry;
      const event = entries[order[this.event[row] as number] as number] as LedgerEntry;
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
    const capacity = this.entry.length * 2;
    const entry = new Int32Array(capacity);
    const event = new Int32Array(capacity);
    const amount = new Float64Array(capacity);
    const next = new Int32Array(capacity);
    entry.set(this.entry);
    event.set(this.event);
    amount.set(this.amount);
    next.set(this.next);
    this.entry = entry;
    this.event = event;
    this.amount = amount;
    this.next = next;
  }
}
