/**
 * Every application the replay makes (a payment, credit note or write-off meeting an invoice, or
 * a reversal taking it back), kept as rows of typed arrays and chained per invoice. An invoice's
 * list of Application objects is built the first time someone reads it: most callers read only
 * the open amounts, and a million-entry ledger makes about as many applications, which as objects
 * were a third of the engine's time in garbage collection.
 */
import type { IsoDay } from '../isoDay';
import type { Fen } from '../money';
import type { Application } from './allocationTypes';
import { kindOf, type LedgerColumns } from './ledgerColumns';

export class ApplicationLog {
  /** Source position of the entry whose money moved: its id and kind name the application. */
  private entry = new Int32Array(1024);
  /** Source position of the event that moved it: its date is the application's date. */
  private event = new Int32Array(1024);
  private amount = new Float64Array(1024);
  /** The invoice's next application, or -1. */
  private next = new Int32Array(1024);
  private size = 0;

  constructor(private readonly columns: LedgerColumns) {}

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
    const list: Application[] = [];
    for (let row = first; row >= 0; row = this.next[row] as number) {
      const entry = this.entry[row] as number;
      list.push({
        entryId: this.columns.ids[entry] as string,
        kind: kindOf(this.columns.kinds[entry] as number),
        date: this.columns.dates[this.event[row] as number] as IsoDay,
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
