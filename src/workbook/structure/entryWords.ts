/**
 * The words cashiers and accounting packages use for the kind of a row (销售, 收款, 退货, Invoice,
 * Payment ...), for how money came in (银行, 支付宝, 承兑 ...), for a dispute and for a currency.
 */
import type { EntryKind, PaymentMethod } from '../../domain/ledger';
import type { CurrencyCode } from '../../domain/money';

// Looked for inside the type cell, in this order: 红冲 before 冲 words, 坏账 before 核销.
const KIND_WORDS: readonly (readonly [EntryKind, readonly string[]])[] = [
  [
    'opening',
    ['期初', '上年结转', '结转', '年初', 'opening', 'balance forward', 'beginning balance'],
  ],
  ['write-off', ['坏账', 'write-off', 'write off', 'writeoff', 'bad debt']],
  [
    'credit-note',
    [
      '退货',
      '折让',
      '红字',
      '红冲',
      '销售退回',
      '退款冲减',
      'credit memo',
      'credit note',
      'return',
      'allowance',
    ],
  ],
  ['adjustment', ['调整', '调账', '更正', 'adjust', 'journal']],
  [
    'receipt',
    [
      '收款',
      '回款',
      '收回',
      '到账',
      '收到',
      '实收',
      '预收',
      'payment',
      'receipt',
      'received',
      'deposit',
    ],
  ],
  [
    'invoice',
    ['销售', '应收', '开票', '发票', '销货', '发货', '赊销', 'invoice', 'sale', 'charge', 'bill'],
  ],
];

/** The kind a type cell names ("销售", "收款", "Credit Memo"); undefined for words it does not know. */
export function kindFromTypeWord(text: string): EntryKind | undefined {
  const folded = text.trim().toLowerCase();
  if (folded === '') return undefined;
  for (const [kind, words] of KIND_WORDS) {
    if (words.some((word) => folded.includes(word))) return kind;
  }
  return undefined;
}

// A memo may say what a row is when no type column does; only words that cannot mean anything
// else are taken from a memo (not 收款/销售, which memos use loosely: "销售收款").
const MEMO_KIND_WORDS: readonly (readonly [EntryKind, readonly string[]])[] = [
  ['opening', ['期初', '上年结转', 'opening balance', 'balance forward']],
  ['write-off', ['坏账', 'bad debt', 'write-off', 'write off']],
  ['credit-note', ['退货', '折让', '红字', '红冲', 'credit memo', 'credit note']],
  ['adjustment', ['调整', '调账']],
];

// Most memos hold none of the words: one test of this pattern rules them out cheaply.
const MEMO_HINT = /[期坏退折红调]|上年|opening|balance|bad|write|credit/i;

export function kindFromMemo(text: string): EntryKind | undefined {
  if (!MEMO_HINT.test(text)) return undefined;
  const folded = text.toLowerCase();
  for (const [kind, words] of MEMO_KIND_WORDS) {
    if (words.some((word) => folded.includes(word))) return kind;
  }
  return undefined;
}

// 银行承兑 holds 银行, so acceptance bills are tested before bank transfers; a commercial
// acceptance (商业承兑, 商承) is not a bank acceptance.
const METHOD_WORDS: readonly (readonly [PaymentMethod, readonly string[]])[] = [
  ['other', ['商业承兑', '商承']],
  ['bank-acceptance-bill', ['承兑', '银承', '汇票', 'acceptance']],
  ['alipay', ['支付宝', 'alipay']],
  ['wechat-pay', ['微信', 'wechat', 'weixin']],
  ['cash', ['现金', 'cash']],
  [
    'bank-transfer',
    ['银行', '转账', '网银', '电汇', '汇款', '对公', 'bank', 'transfer', 'wire', 'ach', 'eft'],
  ],
];

/** The payment method a 收款方式 cell names; any other non-empty word is 'other'. */
export function paymentMethodFromWord(text: string): PaymentMethod | undefined {
  const folded = text.trim().toLowerCase();
  if (folded === '') return undefined;
  for (const [method, words] of METHOD_WORDS) {
    if (words.some((word) => folded.includes(word))) return method;
  }
  return 'other';
}

/** The payment method a memo names, when it names one; unlike a method cell, no 'other'. */
export function paymentMethodFromMemo(text: string): PaymentMethod | undefined {
  const method = paymentMethodFromWord(text);
  return method === 'other' ? undefined : method;
}

const NOT_DISPUTED = new Set([
  '',
  '否',
  '无',
  '没有',
  '不',
  'n',
  'no',
  'false',
  '0',
  '-',
  '—',
  '正常',
]);
const DISPUTED = new Set([
  '是',
  '有',
  '争议',
  '有争议',
  'y',
  'yes',
  'true',
  '1',
  '✓',
  '√',
  'disputed',
]);

/** Reads a 争议 cell: yes/no words, or any other text as a dispute described by that text. */
export function readDispute(value: string | boolean | number): {
  disputed: boolean;
  note?: string;
} {
  if (typeof value === 'boolean') return { disputed: value };
  const text = String(value).trim();
  const folded = text.toLowerCase();
  if (NOT_DISPUTED.has(folded)) return { disputed: false };
  if (DISPUTED.has(folded)) return { disputed: true };
  return { disputed: true, note: text };
}

const CURRENCY_WORDS: Readonly<Record<string, CurrencyCode>> = {
  cny: 'CNY',
  rmb: 'CNY',
  人民币: 'CNY',
  '¥': 'CNY',
  '￥': 'CNY',
  元: 'CNY',
  usd: 'USD',
  美元: 'USD',
  $: 'USD',
  us$: 'USD',
  eur: 'EUR',
  欧元: 'EUR',
  '€': 'EUR',
  hkd: 'HKD',
  港币: 'HKD',
  港元: 'HKD',
  jpy: 'JPY',
  日元: 'JPY',
  gbp: 'GBP',
  英镑: 'GBP',
};

/** The ISO code a 币种 cell names ("人民币", "usd", "美元"); undefined when it is not a currency. */
export function currencyFromWord(text: string): CurrencyCode | undefined {
  const folded = text.trim().toLowerCase();
  const known = CURRENCY_WORDS[folded];
  if (known) return known;
  return /^[a-z]{3}$/.test(folded) ? folded.toUpperCase() : undefined;
}
