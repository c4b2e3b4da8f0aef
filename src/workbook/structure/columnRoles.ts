/**
 * What each column of a cashier's sheet holds, and the words cashiers and accounting packages put
 * in its header, in Chinese and English. Headers are compared after foldHeader(), so the table
 * lists each word once in its plain form.
 */
import { foldForParsing } from '../../domain/fullWidth';

export type ColumnRole =
  | 'customer'
  | 'customerId'
  | 'date'
  | 'dueDate'
  | 'document'
  | 'reference'
  | 'memo'
  | 'method'
  | 'type'
  | 'amount'
  | 'debit'
  | 'credit'
  | 'balance'
  | 'currency'
  | 'disputed'
  | 'contact'
  | 'phone'
  | 'address'
  | 'creditLimit'
  | 'terms'
  | 'grade';

/** Header words per role, most specific first. Order matters only to break ties between columns. */
export const COLUMN_SYNONYMS: Readonly<Record<ColumnRole, readonly string[]>> = {
  customer: [
    '客户名称',
    '客户',
    '客户全称',
    '单位名称',
    '往来单位',
    '往来单位名称',
    '购货单位',
    '购买方',
    '付款单位',
    '客户单位',
    '单位',
    '名称',
    'Customer',
    'Customer Name',
    'Name',
    'Client',
    'Account Name',
    'Debtor',
  ],
  customerId: [
    '客户编号',
    '客户代码',
    '客户编码',
    '客户ID',
    '单位编号',
    '往来单位编号',
    'Customer ID',
    'Customer No',
    'Customer Number',
    'Customer Code',
    'Client ID',
    'Account No',
  ],
  date: [
    '日期',
    '业务日期',
    '开票日期',
    '单据日期',
    '记账日期',
    '发生日期',
    '收款日期',
    '销售日期',
    '凭证日期',
    '入账日期',
    'Date',
    'Invoice Date',
    'Transaction Date',
    'Txn Date',
    'Posting Date',
    'Doc Date',
  ],
  dueDate: [
    '到期日',
    '到期日期',
    '付款期限',
    '约定付款日',
    '应收款到期日',
    'Due Date',
    'Due',
    'Due On',
    'Payment Due',
  ],
  document: [
    '单据号',
    '单号',
    '发票号',
    '发票号码',
    '单据编号',
    '凭证号',
    '订单号',
    '发货单号',
    '票号',
    'Num',
    'No',
    'Number',
    'Invoice No',
    'Invoice Number',
    'Invoice #',
    'Document No',
    'Doc No',
    'Ref No',
  ],
  reference: [
    '关联发票',
    '对应发票',
    '核销发票',
    '冲销发票',
    '原发票号',
    '核销单号',
    'Applied To',
    'Apply To',
    'Invoice Ref',
    'For Invoice',
    'Original Invoice',
  ],
  memo: [
    '摘要',
    '备注',
    '说明',
    '内容',
    '事由',
    'Memo',
    'Description',
    'Note',
    'Notes',
    'Remark',
    'Remarks',
  ],
  method: [
    '收款方式',
    '结算方式',
    '付款方式',
    '支付方式',
    '收款渠道',
    'Payment Method',
    'Method',
    'Paid By',
    'Pay Method',
  ],
  type: [
    '类型',
    '业务类型',
    '单据类型',
    '交易类型',
    '款项类型',
    'Type',
    'Transaction Type',
    'Txn Type',
    'Entry Type',
  ],
  amount: ['金额', '发生额', '本币金额', '交易金额', 'Amount', 'Open Balance'],
  debit: [
    '应收金额',
    '借方',
    '借方金额',
    '应收',
    '销售金额',
    '开票金额',
    '发票金额',
    '本期应收',
    '借',
    'Debit',
    'Charge',
    'Invoice Amount',
    'Invoiced',
    'Billed',
  ],
  credit: [
    '实收金额',
    '贷方',
    '贷方金额',
    '收款金额',
    '回款金额',
    '已收金额',
    '实收',
    '收款',
    '回款',
    '本期收回',
    '贷',
    'Credit',
    'Payment',
    'Payment Amount',
    'Amount Received',
    'Received',
    'Paid',
  ],
  balance: ['余额', '期末余额', '应收余额', '欠款余额', '累计欠款', 'Balance', 'Running Balance'],
  currency: ['币种', '币别', '货币', 'Currency', 'Curr', 'CCY'],
  disputed: ['争议', '是否争议', '有无争议', '争议状态', 'Disputed', 'Dispute', 'In Dispute'],
  contact: ['联系人', '对接人', '负责人', '经办人', 'Contact', 'Contact Person', 'Attn'],
  phone: [
    '电话',
    '联系电话',
    '手机',
    '手机号',
    '电话号码',
    '联系方式',
    'Phone',
    'Tel',
    'Telephone',
    'Mobile',
  ],
  address: ['地址', '联系地址', '送货地址', '公司地址', '注册地址', 'Address'],
  creditLimit: ['信用额度', '授信额度', '赊销额度', '额度', 'Credit Limit', 'Limit'],
  terms: [
    '账期',
    '付款条件',
    '信用期',
    '收款期',
    '结算期',
    '账期天数',
    'Terms',
    'Payment Terms',
    'Credit Terms',
  ],
  grade: ['信用等级', '客户等级', '等级', 'Grade', 'Credit Grade', 'Rating'],
};

export const COLUMN_ROLES = Object.keys(COLUMN_SYNONYMS) as ColumnRole[];

/** Confidence of a header that is exactly one of the role's words. */
export const EXACT_CONFIDENCE = 1;
/** Confidence of a header that contains one of the role's words ("本期应收金额" holds "应收金额"). */
export const CONTAINS_CONFIDENCE = 0.7;

/**
 * The comparable form of a header: half-width, lower case, without spaces, separators and any
 * bracketed unit ("金额（元）" -> "金额", "Customer_Name" -> "customername").
 */
export function foldHeader(text: string): string {
  return foldForParsing(text)
    .toLowerCase()
    .replace(/\([^)]*\)|\[[^\]]*\]|【[^】]*】/g, '')
    .replace(/[\s_\-.:：*]/g, '');
}

export interface HeaderMatch {
  readonly role: ColumnRole;
  readonly confidence: number;
  /** Position of the word in its role's list: earlier words win ties between columns. */
  readonly rank: number;
}

interface FoldedSynonym {
  readonly role: ColumnRole;
  readonly word: string;
  readonly rank: number;
}

const FOLDED: readonly FoldedSynonym[] = COLUMN_ROLES.flatMap((role) =>
  COLUMN_SYNONYMS[role].map((word, rank) => ({ role, word: foldHeader(word), rank })),
);

const EXACT = new Map<string, FoldedSynonym>();
for (const synonym of FOLDED) if (!EXACT.has(synonym.word)) EXACT.set(synonym.word, synonym);

// Short words ("no", "借", "due") would be found inside unrelated headers, so only words that say
// enough on their own are looked for inside a longer header.
// "Number" is too general: "Phone Number" is a phone, not a document number.
const EXACT_ONLY = new Set(['number', 'payment', 'credit', 'received']);
const CONTAINABLE = FOLDED.filter(
  (synonym) =>
    !EXACT_ONLY.has(synonym.word) && synonym.word.length >= (isAscii(synonym.word) ? 5 : 2),
).sort((a, b) => b.word.length - a.word.length);

/** The role a header names, exactly or by containing a role's word (the longest such word wins). */
export function matchHeader(text: string): HeaderMatch | undefined {
  const folded = foldHeader(text);
  if (folded === '') return undefined;

  const exact = EXACT.get(folded);
  if (exact) return { role: exact.role, confidence: EXACT_CONFIDENCE, rank: exact.rank };

  const contained = CONTAINABLE.find((synonym) => folded.includes(synonym.word));
  if (contained) {
    return { role: contained.role, confidence: CONTAINS_CONFIDENCE, rank: contained.rank };
  }
  return undefined;
}

/** Whether a cell's text is one of the role's header words: used to spot repeated header rows. */
export function isHeaderWordOf(role: ColumnRole, text: string): boolean {
  return EXACT.get(foldHeader(text))?.role === role;
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}
