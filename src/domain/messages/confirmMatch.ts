import type { MessageTable } from './index';

/** Words of the cashier settling a statement line that waited for review. */
export const CONFIRM_MATCH_MESSAGES: MessageTable = {
  'match.confirmed-by-cashier': {
    zh: '出纳确认：{customer}，{invoices}。',
    en: 'Confirmed by the cashier: {customer}, {invoices}.',
  },
  'match.confirmed-on-account': {
    zh: '出纳确认：{customer}，先记为预收/未指定发票，按先到期先核销。',
    en: 'Confirmed by the cashier: {customer}, on account (applied oldest due first).',
  },
  'statements.confirm-line-unknown': {
    zh: '收款匹配表中没有这一行（{key}），请重新导入账单后再确认。',
    en: 'This line ({key}) is not on the Matches sheet: import the statement again, then confirm.',
  },
  'statements.confirm-not-open': {
    zh: '这一行已是“{status}”，只有待确认或未匹配的收款可以确认。',
    en: 'This line is already "{status}": only receipts needing review or unmatched can be confirmed.',
  },
  'statements.confirm-customer-unknown': {
    zh: '客户档案中没有客户“{customer}”。',
    en: 'There is no customer "{customer}" in the customer files.',
  },
  'statements.confirm-invoice-not-open': {
    zh: '发票“{invoice}”不是该客户在付款日前尚未收清的发票。',
    en: 'Invoice "{invoice}" is not an open invoice of this customer dated on or before the payment.',
  },
  'statements.confirm-sum-differs': {
    zh: '所选发票未收金额合计 {sum}，与收款 {amount} 不相等：请改选发票，或不选发票记为预收。',
    en: 'The chosen invoices have {sum} open, not the {amount} received: choose again, or choose none to put it on account.',
  },
};
