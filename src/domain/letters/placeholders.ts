/**
 * The named placeholders a letter template may use, written {{客户名称}} or {{customerName}}: each
 * has a Chinese name and an English alias, so a cashier can write either in either language.
 * Block placeholders (a table, the signature, the reply slip) must stand alone on their line.
 */
import { REMINDER_KINDS, TEMPLATE_KINDS, type TemplateKind } from './letterKinds';

export type PlaceholderKey =
  | 'customerName'
  | 'customerId'
  | 'letterNumber'
  | 'letterDate'
  | 'companyName'
  | 'currency'
  | 'invoiceTable'
  | 'totalAmount'
  | 'totalInWords'
  | 'paymentDeadline'
  | 'accountName'
  | 'accountNumber'
  | 'bankName'
  | 'contactPerson'
  | 'contactPhone'
  | 'consequences'
  | 'cutOffDate'
  | 'periodStart'
  | 'openingBalance'
  | 'periodEntries'
  | 'balanceDirection'
  | 'closingBalance'
  | 'closingBalanceInWords'
  | 'notADemand'
  | 'signature'
  | 'replySlip';

export interface PlaceholderSpec {
  readonly key: PlaceholderKey;
  readonly zh: string;
  /** Stands alone on its line and becomes a table, the signature or the reply slip. */
  readonly block: boolean;
  /** Kinds whose templates may use it. */
  readonly usedIn: readonly TemplateKind[];
  /** Kinds whose templates must use it, so no letter goes out without it. */
  readonly requiredIn: readonly TemplateKind[];
}

const ALL = TEMPLATE_KINDS;
const REMINDERS = REMINDER_KINDS;
const STATEMENT: readonly TemplateKind[] = ['statement'];
const NONE: readonly TemplateKind[] = [];

function spec(
  key: PlaceholderKey,
  zh: string,
  usedIn: readonly TemplateKind[],
  requiredIn: readonly TemplateKind[],
  block = false,
): PlaceholderSpec {
  return { key, zh, block, usedIn, requiredIn };
}

export const PLACEHOLDERS: readonly PlaceholderSpec[] = [
  spec('customerName', '客户名称', ALL, ALL),
  spec('customerId', '客户编号', ALL, NONE),
  spec('letterNumber', '函号', ALL, ALL),
  spec('letterDate', '日期', ALL, NONE),
  spec('companyName', '公司名称', ALL, NONE),
  spec('currency', '币种', ALL, NONE),
  spec('contactPerson', '联系人', ALL, REMINDERS),
  spec('contactPhone', '联系电话', ALL, REMINDERS),
  spec('invoiceTable', '发票明细', REMINDERS, REMINDERS, true),
  spec('totalAmount', '合计金额', REMINDERS, REMINDERS),
  spec('totalInWords', '合计大写', REMINDERS, REMINDERS),
  spec('paymentDeadline', '付款期限', REMINDERS, REMINDERS),
  spec('accountName', '开户名称', REMINDERS, REMINDERS),
  spec('accountNumber', '银行账号', REMINDERS, REMINDERS),
  spec('bankName', '开户银行', REMINDERS, REMINDERS),
  spec('consequences', '逾期后果', REMINDERS, REMINDERS),
  spec('cutOffDate', '截止日期', STATEMENT, STATEMENT),
  spec('periodStart', '期间开始', STATEMENT, NONE),
  spec('openingBalance', '期初余额', STATEMENT, STATEMENT),
  spec('periodEntries', '期间明细', STATEMENT, STATEMENT, true),
  spec('balanceDirection', '余额方向', STATEMENT, STATEMENT),
  spec('closingBalance', '期末余额', STATEMENT, STATEMENT),
  spec('closingBalanceInWords', '期末余额大写', STATEMENT, STATEMENT),
  spec('notADemand', '对账声明', STATEMENT, STATEMENT),
  spec('signature', '落款', ALL, ALL, true),
  spec('replySlip', '回执', STATEMENT, STATEMENT, true),
];

const BY_NAME = new Map<string, PlaceholderSpec>();
for (const p of PLACEHOLDERS) {
  BY_NAME.set(p.zh, p);
  BY_NAME.set(p.key, p);
}

/** The placeholder a name (Chinese or English alias) refers to, or undefined when unknown. */
export function findPlaceholder(name: string): PlaceholderSpec | undefined {
  return BY_NAME.get(name.trim());
}

/** Matches {{ name }}; the name may not contain braces. */
export const PLACEHOLDER_PATTERN = /\{\{\s*([^{}]*?)\s*\}\}/g;
