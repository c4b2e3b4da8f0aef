/**
 * The facts a letter is written from: who it goes to, what is owed or what the account shows, and
 * the sender's details. The collections decision and the ledger fill these in.
 */
import type { ReminderLevel } from '../collections/reminderSettings';
import type { IsoDay } from '../isoDay';
import type { CurrencyCode, Fen } from '../money';

/** The sender: the cashier's own company, from the workbook's settings. */
export interface LetterCompany {
  readonly name: string;
  readonly accountName: string;
  readonly accountNumber: string;
  readonly bankName: string;
  readonly contactPerson: string;
  readonly contactPhone: string;
}

export interface LetterInvoiceLine {
  readonly number: string;
  readonly date: IsoDay;
  readonly amount: Fen;
  /** Still unpaid; the letter's total adds these. */
  readonly open: Fen;
  readonly dueDate: IsoDay;
  readonly daysOverdue: number;
}

interface LetterAddress {
  readonly number: string;
  readonly date: IsoDay;
  readonly customerId: string;
  /** The debtor's full name, as on the customer file. */
  readonly customerName: string;
  readonly currency: CurrencyCode;
}

export interface ReminderLetterData extends LetterAddress {
  readonly kind: 'reminder';
  readonly level: ReminderLevel;
  readonly invoices: readonly LetterInvoiceLine[];
  readonly deadline: IsoDay;
}

/** One line of the account for a 对账函: debit raises what the customer owes, credit lowers it. */
export interface StatementLine {
  readonly date: IsoDay;
  readonly description: string;
  readonly documentNumber?: string;
  readonly debit: Fen;
  readonly credit: Fen;
}

export interface StatementLetterData extends LetterAddress {
  readonly kind: 'statement';
  readonly cutOffDate: IsoDay;
  readonly periodStart?: IsoDay;
  readonly openingBalance: Fen;
  readonly lines: readonly StatementLine[];
}

export type LetterData = ReminderLetterData | StatementLetterData;

/** Wording the cashier may change without editing templates. */
export interface LetterOptions {
  /** Replaces the default consequences sentence per level and language. */
  readonly consequences?: Partial<Record<ReminderLevel, string>>;
  /** 整 after an amount that ends in 角 (default on). */
  readonly zhengAfterJiao?: boolean;
}
