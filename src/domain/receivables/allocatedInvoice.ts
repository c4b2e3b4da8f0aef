/**
 * One item of an allocation as callers see it (InvoiceAllocation), with its applications read
 * from the ApplicationLog on first use and kept. Everything else is a plain field, as on an object
 * literal, copied from the ledger entry that raised the item and from the replay's figures. The applications are a getter, so a spread copy or a field-by-field comparison leaves
 * them out (read them by name); `toJSON` includes them, so a serialised invoice loses nothing.
 */
import type { IsoDay } from '../isoDay';
import type { EntryKind, LedgerEntry } from '../ledger';
import type { CurrencyCode, Fen } from '../money';
import type { Application, InvoiceAllocation } from './allocationTypes';
import type { ApplicationLog } from './applicationLog';

export class AllocatedInvoice implements InvoiceAllocation {
  readonly entryId: string;
  readonly customerId: string;
  readonly currency: CurrencyCode;
  readonly kind: EntryKind;
  readonly documentNumber: string | undefined;
  readonly date: IsoDay;
  readonly dueDate: IsoDay;
  readonly amount: Fen;
  readonly paid: Fen;
  readonly open: Fen;
  readonly disputed: boolean;
  readonly disputeNote: string | undefined;
  readonly settledOn: IsoDay | undefined;
  // Private fields stay out of Object.keys, spreads and deep equality: where the log keeps the
  // applications is no part of the invoice.
  readonly #log: ApplicationLog;
  readonly #first: number;
  readonly #position: number;
  #applications: readonly Application[] | undefined;

  constructor(
    entry: LedgerEntry,
    customerId: string,
    currency: CurrencyCode,
    dueDate: IsoDay,
    amount: Fen,
    open: Fen,
    settledOn: IsoDay | undefined,
    log: ApplicationLog,
    firstApplication: number,
    position: number,
  ) {
    this.entryId = entry.id;
    this.customerId = customerId;
    this.currency = currency;
    this.kind = entry.kind;
    this.documentNumber = entry.documentNumber;
    this.date = entry.date;
    this.dueDate = dueDate;
    this.amount = amount;
    this.paid = (amount - open) as Fen;
    this.open = open;
    this.disputed = entry.disputed === true;
    this.disputeNote = entry.disputeNote;
    this.settledOn = settledOn;
    this.#log = log;
    this.#first = firstApplication;
    this.#position = position;
    this.#applications = undefined;
  }

  /** What paid or re-opened the invoice, in the order it happened. */
  get applications(): readonly Application[] {
    this.#applications ??= this.#log.list(this.#first, this.#position);
    return this.#applications;
  }

  toJSON(): InvoiceAllocation {
    return { ...this, applications: this.applications };
  }
}
