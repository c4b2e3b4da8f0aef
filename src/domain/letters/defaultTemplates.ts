/**
 * The templates a new workbook starts with, as plain text the cashier can edit in the Templates
 * sheet: one line per paragraph, the first line the title, {{placeholders}} for the data. Chinese
 * templates use the Chinese placeholder names, English ones the English aliases.
 */
import type { Lang } from '../messages/index';
import type { TemplateKind } from './letterKinds';

const ZH_PAYMENT_DETAILS = [
  '　　户名：{{开户名称}}',
  '　　账号：{{银行账号}}',
  '　　开户行：{{开户银行}}',
];

const EN_PAYMENT_DETAILS = [
  '    Account name: {{accountName}}',
  '    Account number: {{accountNumber}}',
  '    Bank: {{bankName}}',
];

const ZH: Readonly<Record<TemplateKind, readonly string[]>> = {
  'reminder-1': [
    '付款提醒函',
    '函号：{{函号}}',
    '{{客户名称}}：',
    '　　感谢贵公司一直以来的支持与合作。经核对，截至{{日期}}，贵公司下列款项已超过约定付款期限，尚未支付：',
    '{{发票明细}}',
    '　　合计未付金额：{{合计金额}}（大写：{{合计大写}}）。',
    '　　如贵公司已安排付款，请忽略本函；如尚未支付，烦请于{{付款期限}}前将上述款项汇入我公司账户：',
    ...ZH_PAYMENT_DETAILS,
    '　　{{逾期后果}}',
    '　　如有疑问，请联系{{联系人}}，电话：{{联系电话}}。',
    '{{落款}}',
  ],
  'reminder-2': [
    '催款函',
    '函号：{{函号}}',
    '{{客户名称}}：',
    '　　截至{{日期}}，贵公司下列款项已逾期，我公司此前已发函提醒，至今仍未收到付款：',
    '{{发票明细}}',
    '　　合计逾期未付金额：{{合计金额}}（大写：{{合计大写}}）。',
    '　　请贵公司务必于{{付款期限}}前将上述款项全额汇入我公司账户：',
    ...ZH_PAYMENT_DETAILS,
    '　　{{逾期后果}}',
    '　　如对上述款项有异议，请于收到本函后五个工作日内与{{联系人}}联系，电话：{{联系电话}}。',
    '{{落款}}',
  ],
  'reminder-3': [
    '最后催款通知书',
    '函号：{{函号}}',
    '{{客户名称}}：',
    '　　我公司已多次就下列逾期款项向贵公司催收，截至{{日期}}，贵公司仍未付款：',
    '{{发票明细}}',
    '　　合计逾期未付金额：{{合计金额}}（大写：{{合计大写}}）。',
    '　　现正式通知贵公司：请于{{付款期限}}前将上述款项全额汇入我公司账户：',
    ...ZH_PAYMENT_DETAILS,
    '　　{{逾期后果}}',
    '　　联系人：{{联系人}}，电话：{{联系电话}}。',
    '{{落款}}',
  ],
  statement: [
    '对账函',
    '函号：{{函号}}',
    '{{客户名称}}：',
    '　　为核对双方往来账目，现将截至{{截止日期}}贵公司与我公司的往来款项列示如下（期初余额：{{期初余额}}）：',
    '{{期间明细}}',
    '　　截至{{截止日期}}，{{余额方向}}{{期末余额}}（大写：{{期末余额大写}}）。',
    '　　{{对账声明}}',
    '　　请贵公司核对后在下方回执中注明核对结果，加盖公章后寄回或将扫描件发送我公司。如有疑问，请联系{{联系人}}，电话：{{联系电话}}。',
    '{{落款}}',
    '{{回执}}',
  ],
};

const EN: Readonly<Record<TemplateKind, readonly string[]>> = {
  'reminder-1': [
    'Payment Reminder',
    'Ref: {{letterNumber}}',
    'To: {{customerName}}',
    'Dear Sir or Madam,',
    'Thank you for your continued business. Our records show that as of {{letterDate}} the following invoices are past their due date and remain unpaid:',
    '{{invoiceTable}}',
    'Total outstanding: {{totalAmount}} ({{totalInWords}}).',
    'If you have already arranged payment, please disregard this letter. Otherwise, kindly pay by {{paymentDeadline}} to:',
    ...EN_PAYMENT_DETAILS,
    '{{consequences}}',
    'If you have any questions, please contact {{contactPerson}} on {{contactPhone}}.',
    '{{signature}}',
  ],
  'reminder-2': [
    'Demand for Payment',
    'Ref: {{letterNumber}}',
    'To: {{customerName}}',
    'Dear Sir or Madam,',
    'As of {{letterDate}} the following invoices are overdue. We reminded you of them earlier and have still not received payment:',
    '{{invoiceTable}}',
    'Total overdue: {{totalAmount}} ({{totalInWords}}).',
    'Please pay the full amount by {{paymentDeadline}} to:',
    ...EN_PAYMENT_DETAILS,
    '{{consequences}}',
    'If you dispute any of these amounts, please contact {{contactPerson}} on {{contactPhone}} within five working days of this letter.',
    '{{signature}}',
  ],
  'reminder-3': [
    'Final Notice',
    'Ref: {{letterNumber}}',
    'To: {{customerName}}',
    'Dear Sir or Madam,',
    'Despite our earlier letters, the following invoices remain unpaid as of {{letterDate}}:',
    '{{invoiceTable}}',
    'Total overdue: {{totalAmount}} ({{totalInWords}}).',
    'This is our final notice. Please pay the full amount by {{paymentDeadline}} to:',
    ...EN_PAYMENT_DETAILS,
    '{{consequences}}',
    'Contact: {{contactPerson}}, {{contactPhone}}.',
    '{{signature}}',
  ],
  statement: [
    'Statement of Account for Confirmation',
    'Ref: {{letterNumber}}',
    'To: {{customerName}}',
    'Dear Sir or Madam,',
    'To reconcile our accounts, please find below the transactions between your company and ours up to {{cutOffDate}} (opening balance: {{openingBalance}}):',
    '{{periodEntries}}',
    'As of {{cutOffDate}}, {{balanceDirection}} {{closingBalance}} ({{closingBalanceInWords}}).',
    '{{notADemand}}',
    'Please check the figures, mark your answer on the reply slip below, seal it and return it to us (a scan by email is fine). Questions: {{contactPerson}}, {{contactPhone}}.',
    '{{signature}}',
    '{{replySlip}}',
  ],
};

/** The starting template for a kind and language, as editable text. */
export function defaultTemplate(kind: TemplateKind, lang: Lang): string {
  return (lang === 'zh' ? ZH : EN)[kind].join('\n');
}
