/**
 * What reading a statement gives back: every line of the file as exactly one of receipt, skipped
 * (with the reason) or rejected (with the reason), and the totals that prove nothing was lost.
 */
import type { DateSystem } from '../../domain/isoDay';
import type { StatementReceipt } from '../../domain/matching';
import type { CurrencyCode, Fen } from '../../domain/money';
import type { Problem } from '../../domain/problem';
import type { CellValue } from '../workbookPort';

/** Which export the file is; it decides the payment method of its receipts. */
export type StatementKind = 'alipay' | 'wechat-pay' | 'bank';

export type StatementLine =
  | { readonly line: number; readonly outcome: 'receipt'; readonly receipt: StatementReceipt }
  | {
      readonly line: number;
      readonly outcome: 'skipped' | 'rejected';
      readonly problem: Problem;
      /** The line's amount (a magnitude) when it is a transaction whose amount could be read. */
      readonly amount?: Fen;
      readonly currency?: CurrencyCode;
    };

/** Per currency, magnitudes of transaction lines: source = receipts + skipped + rejected. */
export interface StatementTotals {
  readonly currency: CurrencyCode;
  readonly source: Fen;
  readonly receipts: Fen;
  readonly skipped: Fen;
  readonly rejected: Fen;
}

export interface StatementRead {
  readonly file: string;
  readonly kind?: StatementKind;
  /** 'utf-8', 'gb18030' ... for text files; 'xlsx' for workbooks. */
  readonly encoding?: string;
  /** Every line (or row) of the file, in order; empty when the file could not be read at all. */
  readonly lines: readonly StatementLine[];
  readonly receipts: readonly StatementReceipt[];
  readonly totals: readonly StatementTotals[];
  /** Why the file as a whole could not be read (.xls, no header), when it could not. */
  readonly problem?: Problem;
}

export interface StatementReadOptions {
  /** Currency of lines that name none (default CNY). */
  readonly defaultCurrency?: CurrencyCode;
  /** The business's own names: money from them is a transfer between own accounts. */
  readonly ownNames?: readonly string[];
  /** Settles the day-month order of slash dates that the file does not settle itself. */
  readonly locale?: string;
}

/** A row of a file before reading: its line (or row) number and its cells. */
export interface GridRow {
  readonly line: number;
  readonly cells: readonly CellValue[];
  readonly formats?: readonly string[];
}

export interface StatementGrid {
  readonly file: string;
  readonly rows: readonly GridRow[];
  readonly dateSystem: DateSystem;
  readonly encoding?: string;
}
