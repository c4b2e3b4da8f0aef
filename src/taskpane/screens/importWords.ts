/** The Import screen's words, and the column roles in the cashier's words. */
import type { ColumnRole } from '../../workbook/structure/columnRoles';
import type { PaneLanguage } from '../strings';

export const IMPORT_WORDS = {
  heading: { zh: '导入台账', en: 'Import the ledger' },
  sheets: { zh: '要读取的工作表', en: 'Sheets to read' },
  noSheets: { zh: '工作簿中没有可读取的工作表。', en: 'The workbook has no sheets to read.' },
  detect: { zh: '识别表头', en: 'Detect headers' },
  run: { zh: '导入并写入台账', en: 'Import and write the ledger' },
  kindLedger: { zh: '台账', en: 'ledger' },
  kindCustomers: { zh: '客户名单', en: 'customer list' },
  kindUnrecognized: { zh: '无法识别', en: 'not recognised' },
  headerRow: { zh: '表头所在行', en: 'Header row' },
  mapping: { zh: '列对应', en: 'Column mapping' },
  column: { zh: '列', en: 'Column' },
  notUsed: { zh: '（不使用）', en: '(not used)' },
  confidence: { zh: '把握', en: 'confidence' },
  preview: { zh: '前几行预览', en: 'First rows' },
  merges: {
    zh: '可能是同一客户（勾选确认合并）',
    en: 'Possibly the same customer (tick to merge)',
  },
  noMerges: { zh: '没有需要确认的合并。', en: 'No merges to confirm.' },
  reasonLooksAlike: { zh: '看似相同，字符不同', en: 'looks the same, different characters' },
  reasonSuffix: { zh: '公司后缀不同', en: 'company form differs' },
  reasonSpelling: { zh: '相差一个字', en: 'one character differs' },
  report: { zh: '导入报告', en: 'Import report' },
  rowsIn: { zh: '读取行', en: 'Rows read' },
  imported: { zh: '已导入', en: 'Imported' },
  skipped: { zh: '已跳过', en: 'Skipped' },
  rejected: { zh: '已拒收', en: 'Rejected' },
  rejectedRows: { zh: '被拒收的行（点击定位）', en: 'Rejected rows (select to show)' },
  skippedRows: { zh: '被跳过的行', en: 'Skipped rows' },
  row: { zh: '行', en: 'row' },
  totals: { zh: '金额核对', en: 'Amounts check' },
  source: { zh: '源表', en: 'source' },
  blank: { zh: '空行', en: 'blank' },
  header: { zh: '表头', en: 'header' },
  subtotal: { zh: '小计/合计', en: 'subtotal' },
  title: { zh: '标题', en: 'title' },
  customers: { zh: '客户', en: 'customers' },
  written: {
    zh: '已写入“客户档案”“台账”“导入报告”三张表。',
    en: 'Written to the sheets 客户档案, 台账 and 导入报告.',
  },
  moreRows: { zh: '另有 {n} 行未列出', en: '{n} more rows not listed' },
} as const;

const ROLE_WORDS: Readonly<Record<ColumnRole, Readonly<Record<PaneLanguage, string>>>> = {
  customer: { zh: '客户名称', en: 'Customer' },
  customerId: { zh: '客户编号', en: 'Customer id' },
  date: { zh: '日期', en: 'Date' },
  dueDate: { zh: '到期日', en: 'Due date' },
  document: { zh: '单据号', en: 'Document no.' },
  reference: { zh: '对应发票', en: 'Invoice referred to' },
  memo: { zh: '摘要', en: 'Memo' },
  method: { zh: '付款方式', en: 'Payment method' },
  type: { zh: '类型', en: 'Type' },
  amount: { zh: '金额', en: 'Amount' },
  debit: { zh: '借方', en: 'Debit' },
  credit: { zh: '贷方', en: 'Credit' },
  balance: { zh: '余额', en: 'Balance' },
  currency: { zh: '币种', en: 'Currency' },
  disputed: { zh: '争议', en: 'Disputed' },
  contact: { zh: '联系人', en: 'Contact' },
  phone: { zh: '电话', en: 'Phone' },
  address: { zh: '地址', en: 'Address' },
  creditLimit: { zh: '信用额度', en: 'Credit limit' },
  terms: { zh: '账期', en: 'Terms' },
  grade: { zh: '信用等级', en: 'Grade' },
};

export function roleWords(role: ColumnRole, language: PaneLanguage): string {
  return ROLE_WORDS[role][language];
}
