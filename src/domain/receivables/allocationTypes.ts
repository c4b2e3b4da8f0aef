/**
 * What allocation (核销) produces: every invoice with what paid it and what is still open, and
 * every customer's open total and unapplied credit (预收/未核销), per currency.
 */
import type { IsoDay } from '../isoDay';
import type { EntryKind } from '../ledger';
import type { CurrencyCode, Fen } from '../money';
import type { Problem } from '../problem';

/** One step that moved an invoice: a payment, a credit note, a write-off, or its reversal (<0). */
export interface Application {
  /** The entry whose money moved: the receipt, credit note, write-off, or the reversing entry. */
  readonly entryId: string;
  readonly kind: EntryKind;
  /** The day the application took effect (a prepayment meets a later invoice on its date). */
  readonly date: IsoDay;
  /** Positive pays the invoice; negative re-opens it (a bounced payment). */
  readonly amount: Fen;
}

/** An item the customer owes: an invoice, an opening balance, a positive adjustment. */
export interface InvoiceAllocation {
  readonly entryId: string;
  readonly customerId: string;
  readonly currency: CurrencyCode;
  /** Usually 'invoice'; 'opening' and 'adjustment' act as invoices; a receipt only when a bounce
   * reversed more than receipts had paid and the rest became an item of its own. */
  readonly kind: EntryKind;
  readonly documentNumber?: string;
  readonly date: IsoDay;
  readonly dueDate: IsoDay;
  readonly amount: Fen;
  /** Sum of the applications: never below 0 nor above the amount. */
  readonly paid: Fen;
  /** amount - paid. */
  readonly open: Fen;
  readonly disputed: boolean;
  readonly disputeNote?: string;
  /** The day the invoice last became fully paid, when it is. */
  readonly settledOn?: IsoDay;
  readonly applications: readonly Application[];
}

/** Credit waiting for an invoice: what is left of a receipt, credit note or prepayment. */
export interface UnappliedCredit {
  readonly entryId: string;
  readonly kind: EntryKind;
  readonly date: IsoDay;
  readonly amount: Fen;
}

export interface CustomerAllocation {
  readonly customerId: string;
  readonly currency: CurrencyCode;
  /** In the order they arose (date, then source order). */
  readonly invoices: readonly InvoiceAllocation[];
  readonly openInvoiceTotal: Fen;
  /** Shown on its own and never aged. */
  readonly unappliedCredit: Fen;
  readonly unappliedItems: readonly UnappliedCredit[];
  /** openInvoiceTotal - unappliedCredit: what the customer owes on balance. */
  readonly balance: Fen;
  /** Things the cashier should know: a reference that matched no invoice, a reversal too big. */
  readonly notes: readonly Problem[];
}

export interface AllocationResult {
  readonly asOf: IsoDay;
  /** Sorted by customer id, then currency; every customer on file appears in its own currency. */
  readonly customers: readonly CustomerAllocation[];
}
