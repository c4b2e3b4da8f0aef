/**
 * The columns of a statement, recognised by the words real exports use in their header: Alipay's
 * 账务明细 (账务流水号, 发生时间, 收入金额（+元）...), WeChat Pay's 账单 (交易时间, 交易对方, 收/支,
 * 金额(元)...), Chinese bank exports (交易日期, 贷方发生额, 对方户名, 摘要...) and English ones
 * (Date, Description, Credit, Debit, Amount, Counterparty).
 */
import { normalizeText } from '../../domain/customerName';

export type StatementRole =
  | 'date' // a day (交易日期, 记账日期, Date)
  | 'datetime' // a day and a time (发生时间, 交易时间 in Alipay/WeChat)
  | 'credit' // money in (收入金额, 贷方发生额, Credit)
  | 'debit' // money out (支出金额, 借方发生额, Debit)
  | 'amount' // signed, or read with a direction column (金额(元), Amount)
  | 'direction' // 收/支, 借贷标志, Dr/Cr
  | 'payer' // 对方户名, 交易对方, Counterparty
  | 'account' // 对方账号, Counterparty account
  | 'memo' // 摘要, 用途, 附言, 备注, 商品, Description, Reference
  | 'order' // 商户订单号: the payer's own order number, read as memo text
  | 'transactionId' // 账务流水号, 交易流水号, 交易单号, Transaction ID
  | 'type' // 业务类型, 交易类型, Type
  | 'status' // 当前状态, 交易状态, Status
  | 'currency'; // 币种, Currency

/** Header words per role, compared after folding (see headerWord); the first role that fits wins. */
const ROLE_WORDS: readonly (readonly [StatementRole, RegExp])[] = [
  [
    'transactionId',
    /^(账务流水号|交易流水号|流水号|交易单号|交易号|交易参考号|银行流水号|transactionid|transactionno|bankreference)$/,
  ],
  ['order', /^(商户订单号|商户单号|订单号)$/],
  [
    'date',
    /^(交易日期|记账日期|入账日期|日期|date|transactiondate|postingdate|bookingdate|valuedate|txndate)$/,
  ],
  ['datetime', /^(发生时间|交易时间|付款时间|交易创建时间|入账时间|交易日期时间|datetime)$/],
  [
    'credit',
    /^(收入金额|收入|贷方发生额|贷方金额|贷方|存入金额|存入|转入金额|收款金额|交易金额\(收入\)|记账金额\(收入\)|credit|creditamount|credits|paidin|moneyin|deposit|deposits)$/,
  ],
  [
    'debit',
    /^(支出金额|支出|借方发生额|借方金额|借方|取出金额|转出金额|付款金额|交易金额\(支出\)|记账金额\(支出\)|debit|debitamount|debits|paidout|moneyout|withdrawal|withdrawals)$/,
  ],
  ['amount', /^(金额|交易金额|发生额|amount|transactionamount)$/],
  [
    'direction',
    /^(收\/支|收支|收支类型|借贷标志|借贷|借\/贷|收付标志|资金流向|dr\/cr|drcr|debit\/credit|creditdebitindicator)$/,
  ],
  [
    'payer',
    /^(对方户名|对方名称|交易对方|对方账户名|对方账户名称|对方单位|对方单位名称|付款人|付款人名称|付款方|收\/付方名称|counterparty|counterpartyname|payer|payername|name)$/,
  ],
  [
    'account',
    /^(对方账号|对方账户|对方卡号|付款账号|付款人账号|counterpartyaccount|payeraccount|accountnumber)$/,
  ],
  [
    'memo',
    /^(摘要|用途|附言|备注|交易备注|交易附言|交易摘要|商品名称|商品|说明|description|memo|narrative|details|remarks|reference|paymentreference|particulars)$/,
  ],
  ['type', /^(业务类型|交易类型|类型|交易方式|transactiontype|type)$/],
  ['status', /^(当前状态|交易状态|状态|资金状态|status)$/],
  ['currency', /^(币种|交易币种|记账币种|币别|currency|ccy)$/],
];

/** Header text folded for comparison: half-width, no spaces, lower case, no unit in brackets. */
export function headerWord(text: string): string {
  return normalizeText(text)
    .toLowerCase()
    .replace(/\s+/g, '')
    .replace(/\((?:[+-]?元|¥|￥|rmb|cny|人民币)\)$/, '');
}

export function roleOfHeader(text: string): StatementRole | undefined {
  const word = headerWord(text);
  if (word === '') return undefined;
  return ROLE_WORDS.find(([, pattern]) => pattern.test(word))?.[0];
}

/** Columns by role (0-based); memo and order may span several columns, joined in order. */
export interface StatementColumns {
  readonly single: Partial<Readonly<Record<StatementRole, number>>>;
  readonly memo: readonly number[];
  readonly width: number;
}

export function mapStatementColumns(header: readonly string[]): StatementColumns {
  const single: Partial<Record<StatementRole, number>> = {};
  const memo: number[] = [];
  header.forEach((text, index) => {
    const role = roleOfHeader(text);
    if (role === undefined) return;
    if (role === 'memo' || role === 'order') memo.push(index);
    else if (single[role] === undefined) single[role] = index;
  });
  let width = header.length;
  while (width > 0 && (header[width - 1] ?? '').trim() === '') width--;
  return { single, memo, width };
}

/** A header has a day (date or datetime) and money in (credit, or an amount). */
export function isStatementHeader(columns: StatementColumns): boolean {
  const has = (role: StatementRole) => columns.single[role] !== undefined;
  return (has('date') || has('datetime')) && (has('credit') || has('amount'));
}
