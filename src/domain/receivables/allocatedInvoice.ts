/**
 * One item of an allocation as callers see it (InvoiceAllocation), with its applications read
 * from the ApplicationLog on first use and kept. Everything else is a plain field, as on an object
 * literal. The applications are a getter, so a spread copy or a field-by-field comparison leaves
 * them out (read them by name); `toJSON` includes them, so a serialised invoice loses nothing.
 */
import type { IsoDay } from '../isoDay';
import type { EntryKind } from '../ledger';
import type { CurrencyCode, Fen } from '../money';
import type { Application, InvoiceAllocation } from './allocationTypes';
import type { ApplicationLog } from './applicationLog';

/** The plain fields of an invoice: all but its applications. */
export type InvoiceFields = Omit<InvoiceAllocation, 'applications'>;

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
  #applications: readonly Application[] | undefined;

  constructor(fields: InvoiceFields, log: ApplicationLog, firstApplication: number) {
    this.entryId = fields.entryId;
    this.customerId = fields.customerId;
    this.currency = fields.currency;
    this.kind = fields.kind;
    this.documentNumber = fields.documentNumber;
    this.date = fields.date;
    this.dueDate = fields.dueDate;
    this.amount = fields.amount;
    this.paid = fields.paid;
    this.open = fields.open;
    this.disputed = fields.disputed;
    this.disputeNote = fields.disputeNote;
    this.settledOn = fields.settledOn;
    this.#log = log;
    this.#first = firstApplication;
    this.#applications = undefined;
  }

  /** What paid or re-opened the invoice, in the order it happened. */
  get applications(): readonly Application[] {
    this.#applications ??= this.#log.list(this.#first);
    return this.#applications;
  }

  toJSON(): InvoiceAllocation {
    return { ...this, applications: this.applications };
  }
}
