/**
 * The fixed wording letters carry around the template's own text: table headings, the default
 * consequences per level, the reconciliation line and the reply slip, in Chinese and English.
 */
import type { ReminderLevel } from '../collections/reminderSettings';
import type { Lang } from '../messages/index';

/** Which way a 对账函's closing balance runs: the customer owes us, we owe them, or nothing. */
export type BalanceDirection = 'owed-to-us' | 'owed-to-customer' | 'settled';

interface Wording {
  readonly invoiceColumns: readonly string[];
  readonly statementColumns: readonly string[];
  readonly total: string;
  readonly openingRow: string;
  readonly periodTotal: string;
  readonly seal: string;
  readonly consequences: Readonly<Record<ReminderLevel, string>>;
  readonly notADemand: string;
  readonly slipCutLine: string;
  readonly slipTitle: string;
  /** Before the closing balance in the letter, which is printed without its sign. */
  readonly balanceDirection: Readonly<Record<BalanceDirection, string>>;
  /** {company}, {number}, {cutOff}, {direction}, {closing} are filled in. */
  readonly slipTo: string;
  readonly slipIntro: string;
  /** The reply slip's own direction words: the customer speaks there, so "we" is the customer. */
  readonly slipDirection: Readonly<Record<BalanceDirection, string>>;
  readonly slipAgree: string;
  readonly slipDisagree: string;
  readonly slipFooter: readonly string[];
}

const ZH: Wording = {
  invoiceColumns: ['发票号码', '开票日期', '发票金额', '未付金额', '到期日', '逾期天数'],
  statementColumns: ['日期', '摘要', '单据号', '应收增加', '应收减少', '余额'],
  total: '合计',
  openingRow: '期初余额',
  periodTotal: '本期合计',
  seal: '（盖章）',
  consequences: {
    1: '请贵公司按期付款，以免影响双方后续合作及贵公司的信用额度。',
    2: '如贵公司逾期仍未付款，我公司将暂停对贵公司的赊销供货，并保留按合同约定收取逾期付款违约金的权利。',
    3: '此函为最后催告。如贵公司在上述期限内仍未付清全部款项，我公司将停止一切供货，并依法通过诉讼或仲裁追讨欠款及逾期利息，由此产生的费用由贵公司承担。',
  },
  notADemand:
    '本函仅为核对账目之用，并非催款结算。若款项在上述截止日期之后已经付清，仍请及时核对回复。',
  slipCutLine: '沿此线剪开',
  slipTitle: '回　执',
  slipTo: '致：{company}',
  balanceDirection: {
    'owed-to-us': '贵公司应付我公司款项余额为',
    'owed-to-customer': '我公司应付贵公司款项（贵公司预付或多付）余额为',
    settled: '双方往来款项已结清，余额为',
  },
  slipIntro: '　　贵公司函号{number}对账函所列截至{cutOff}{direction}{closing}，经核对：',
  slipDirection: {
    'owed-to-us': '我公司应付贵公司款项余额',
    'owed-to-customer': '贵公司应付我公司款项（我公司预付或多付）余额',
    settled: '双方往来款项余额',
  },
  slipAgree: '1. 信息证明无误。',
  slipDisagree: '2. 信息不符，请列明不符项目及金额：',
  slipFooter: ['（公司盖章）', '经办人：', '日期：　　　年　　月　　日'],
};

const EN: Wording = {
  invoiceColumns: [
    'Invoice no.',
    'Invoice date',
    'Amount',
    'Outstanding',
    'Due date',
    'Days overdue',
  ],
  statementColumns: ['Date', 'Description', 'Document', 'Debit', 'Credit', 'Balance'],
  total: 'Total',
  openingRow: 'Opening balance',
  periodTotal: 'Period total',
  seal: '(Company seal)',
  consequences: {
    1: 'Prompt payment keeps your account in good standing and your credit line open.',
    2: 'If payment is not received by that date, we will suspend further sales on credit and reserve the right to charge late-payment interest under our contract.',
    3: 'If the full amount is not received by that date, we will stop all supplies and take legal action to recover the debt with interest, at your cost, without further notice.',
  },
  notADemand:
    'This letter is for reconciliation only and is not a demand for payment. If the balance has been settled since the cut-off date, please still confirm the figures.',
  slipCutLine: 'cut here',
  slipTitle: 'Reply Slip',
  slipTo: 'To: {company}',
  balanceDirection: {
    'owed-to-us': 'the balance you owe us is',
    'owed-to-customer': 'the balance we owe you (your advance or overpayment) is',
    settled: 'our accounts are settled; the balance is',
  },
  slipIntro:
    'Regarding your statement {number}, showing {direction} {closing} as of {cutOff}, we confirm:',
  slipDirection: {
    'owed-to-us': 'a balance owed to you of',
    'owed-to-customer': 'a balance you owe us (our advance or overpayment) of',
    settled: 'our accounts settled, with a balance of',
  },
  slipAgree: '1. The above information is correct.',
  slipDisagree: '2. The information does not agree. Items and amounts that differ:',
  slipFooter: ['(Company seal)', 'Signed by:', 'Date:'],
};

export function letterWording(lang: Lang): Wording {
  return lang === 'zh' ? ZH : EN;
}
