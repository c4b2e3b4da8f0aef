/**
 * The structured records Cashier Desk builds from a workbook: customer files (客户档案) and
 * ledger entries (台账). Every entry remembers the sheet and row it came from.
 */
import type { CurrencyCode, Fen } from './money';
import type { IsoDay } from './isoDay';
import type { TermsBasis } from './parseTerms';

export type EntryKind =
  | 'opening' // 期初
  | 'invoice' // 应收
  | 'receipt' // 收款
  | 'credit-note' // 退货/折让: a negative invoice
  | 'write-off' // 坏账核销
  | 'adjustment'; // 调整

export const ENTRY_KINDS: readonly EntryKind[] = [
  'opening',
  'invoice',
  'receipt',
  'credit-note',
  'write-off',
  'adjustment',
];

export type PaymentMethod =
  | 'bank-transfer' // 银行转账
  | 'alipay' // 支付宝
  | 'wechat-pay' // 微信支付
  | 'cash' // 现金
  | 'bank-acceptance-bill' // 银行承兑汇票
  | 'other';

export const PAYMENT_METHODS: readonly PaymentMethod[] = [
  'bank-transfer',
  'alipay',
  'wechat-pay',
  'cash',
  'bank-acceptance-bill',
  'other',
];

export type CreditGrade = 'A' | 'B' | 'C' | 'D';

export interface SourceRef {
  readonly sheet: string;
  /** 1-based row number as Excel shows it. */
  readonly row: number;
}

export interface Customer {
  /** Kept from the source when it has one, otherwise assigned stably (C0001, ...). */
  readonly id: string;
  /** The name as the cashier most often wrote it, trimmed. */
  readonly name: string;
  /** Every raw spelling seen, in order of first appearance. */
  readonly nameVariants: readonly string[];
  readonly contact?: string;
  readonly phone?: string;
  readonly address?: string;
  readonly creditLimit?: Fen;
  /** Payment terms in days (账期), counted from termsBasis. */
  readonly termsDays?: number;
  /** Where termsDays count from; absent means the entry date. 'month-end' is 月结. */
  readonly termsBasis?: TermsBasis;
  readonly currency: CurrencyCode;
  readonly creditGrade?: CreditGrade;
  /** Marked by the cashier as certain to be lost: provided for at 100%. */
  readonly doomed?: boolean;
  readonly notes?: string;
}

export interface LedgerEntry {
  /** Stable id: source sheet and row, so re-runs give the same ids. */
  readonly id: string;
  readonly customerId: string;
  readonly kind: EntryKind;
  readonly date: IsoDay;
  /** Explicit due date from the source; the engine derives one when absent. */
  readonly dueDate?: IsoDay;
  readonly documentNumber?: string;
  /** Invoice number this receipt or credit note names (from a column or found in the memo). */
  readonly referencedInvoice?: string;
  /**
   * Positive in the kind's own direction: an invoice or an opening balance raises what the
   * customer owes; a receipt, a credit note or a write-off lowers it. A negative receipt is a
   * bounced payment; a negative opening balance is a prepayment; an adjustment is signed as it
   * moves the balance. balanceEffect() turns this into the signed change of the balance.
   */
  readonly amount: Fen;
  readonly currency: CurrencyCode;
  readonly paymentMethod?: PaymentMethod;
  readonly memo?: string;
  /** An invoice under dispute (争议) stays in aging but gets no reminder. */
  readonly disputed?: boolean;
  readonly disputeNote?: string;
  readonly source: SourceRef;
}

/** The signed change an entry makes to what the customer owes. */
export function balanceEffect(entry: Pick<LedgerEntry, 'kind' | 'amount'>): Fen {
  switch (entry.kind) {
    case 'opening':
    case 'invoice':
    case 'adjustment':
      return entry.amount;
    case 'receipt':
    case 'credit-note':
    case 'write-off':
      return (entry.amount === 0 ? 0 : -entry.amount) as Fen;
  }
}
