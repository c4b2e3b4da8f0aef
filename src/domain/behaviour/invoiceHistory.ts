/**
 * What payment behaviour needs to know about one invoice: when it was issued and due, how much,
 * whether it is disputed, and what paid it by the as-of date. The receivables engine's allocation
 * result maps onto this (an invoice's applications become its payments).
 */
import { compareIsoDay, type IsoDay } from '../isoDay';
import type { Fen } from '../money';

/** How the invoice reached the customer: known when it is issued, so fair to predict from. */
export type InvoiceChannel = 'paper' | 'electronic';

/** A payment (or credit, or its reversal when negative) applied to the invoice on a day. */
export interface InvoicePayment {
  readonly date: IsoDay;
  readonly amount: Fen;
}

export interface InvoiceHistory {
  readonly invoiceId: string;
  readonly customerId: string;
  readonly issued: IsoDay;
  readonly due: IsoDay;
  readonly amount: Fen;
  readonly disputed: boolean;
  readonly channel?: InvoiceChannel;
  /** The day it became fully paid, if it is. Predictors only read it for days up to the as-of. */
  readonly settled?: IsoDay;
  /**
   * What paid it, when known. Without it the invoice counts as wholly open until `settled` and
   * wholly paid from then on.
   */
  readonly payments?: readonly InvoicePayment[];
}

/** Whether the invoice was fully paid on or before `day`. */
export function isSettledBy(invoice: InvoiceHistory, day: IsoDay): boolean {
  return invoice.settled !== undefined && compareIsoDay(invoice.settled, day) <= 0;
}

/** What was still owed on the invoice at the end of `day` (0 before it was issued). */
export function openOn(invoice: InvoiceHistory, day: IsoDay): Fen {
  if (compareIsoDay(invoice.issued, day) > 0) return 0 as Fen;

  if (invoice.payments === undefined) {
    return (isSettledBy(invoice, day) ? 0 : invoice.amount) as Fen;
  }

  let paid = 0;
  for (const payment of invoice.payments) {
    if (compareIsoDay(payment.date, day) <= 0) paid += payment.amount;
  }
  return Math.max(0, invoice.amount - Math.max(0, paid)) as Fen;
}
