/**
 * Money that came in on a bank, Alipay or WeChat Pay statement, as the statement reader hands it to
 * matching: who paid, how much, when, with what memo, and where the line is in its file.
 */
import type { IsoDay } from '../isoDay';
import type { PaymentMethod } from '../ledger';
import type { CurrencyCode, Fen } from '../money';

/** Where a statement line sits: the file, its 1-based line (or row), and the statement's own id. */
export interface StatementSource {
  readonly file: string;
  readonly line: number;
  /** 交易流水号 / 账务流水号 / 交易单号 / Reference, when the statement gives one. */
  readonly transactionId?: string;
}

export interface StatementReceipt {
  readonly source: StatementSource;
  readonly date: IsoDay;
  /** The payer's name as the statement writes it (对方户名, 交易对方); may be empty. */
  readonly payer: string;
  /** The payer's account (对方账号), when the statement shows one. */
  readonly payerAccount?: string;
  /** Always above zero: only incoming money becomes a receipt. */
  readonly amount: Fen;
  readonly currency: CurrencyCode;
  /** 摘要, 用途, 附言, 备注, 商品 joined: where a payer names the invoice. */
  readonly memo?: string;
  readonly method: PaymentMethod;
}

/** A receipt with the key that recognises it when the same statement is imported again. */
export interface KeyedReceipt {
  readonly key: string;
  readonly receipt: StatementReceipt;
}
