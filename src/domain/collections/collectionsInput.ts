/**
 * What the collections rules need to know about each customer. The receivables engine (allocation
 * and aging) produces the open invoices; the cashier's own logs give the letters already sent and
 * the follow-up calls. These shapes are deliberately narrow so the rules stay testable on their own.
 */
import type { CreditGrade, Customer } from '../ledger';
import type { CurrencyCode, Fen } from '../money';
import type { IsoDay } from '../isoDay';
import type { ReminderLevel } from './reminderSettings';

/** An invoice with something still open after allocation (核销). */
export interface OpenInvoice {
  readonly number: string;
  readonly date: IsoDay;
  readonly dueDate: IsoDay;
  /** The invoice's full amount. */
  readonly amount: Fen;
  /** What is still unpaid on it as of the as-of date. */
  readonly open: Fen;
  readonly disputed?: boolean;
  readonly disputeNote?: string;
}

/** A receipt as the collections rules see it: enough to judge whether a promise was kept. */
export interface ReceiptSeen {
  readonly date: IsoDay;
  readonly amount: Fen;
}

/** One customer's position as of the as-of date, in the customer's one currency. */
export interface CustomerStanding {
  readonly customer: Customer;
  readonly openInvoices: readonly OpenInvoice[];
  /** The engine's grade when it has one; otherwise the customer file's grade is used. */
  readonly creditGrade?: CreditGrade;
  readonly currency: CurrencyCode;
  /** Receipts up to the as-of date; only needed to judge payment promises. */
  readonly receipts?: readonly ReceiptSeen[];
}

export type LetterKind = 'reminder' | 'statement';

export type LetterChannel = 'post' | 'email' | 'hand' | 'fax' | 'wechat' | 'other';

/** One letter produced, as kept in the letter log (函件登记). */
export interface LetterLogEntry {
  readonly number: string;
  readonly date: IsoDay;
  readonly customerId: string;
  readonly kind: LetterKind;
  /** Set for reminders only. */
  readonly level?: ReminderLevel;
  readonly amount: Fen;
  readonly channel: LetterChannel;
}

export type FollowUpChannel = 'phone' | 'email' | 'visit' | 'letter' | 'wechat';

/** One line of the follow-up log (跟进记录). */
export interface FollowUpEntry {
  readonly customerId: string;
  readonly date: IsoDay;
  readonly channel: FollowUpChannel;
  /** What was said, in the cashier's words. */
  readonly said: string;
  readonly promisedDate?: IsoDay;
  readonly promisedAmount?: Fen;
  /**
   * The customer's overdue total on the day the promise was made, when the cashier (or the add-in)
   * recorded it: lets a promise count as kept when the overdue total fell by the promised amount.
   */
  readonly overdueWhenPromised?: Fen;
  readonly nextAction?: string;
}
