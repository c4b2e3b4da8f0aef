import type { MessageTable } from './index';

/** Words of statement import and receipt matching: skips, rejections, match reasons and statuses. */
export const STATEMENT_MESSAGES: MessageTable = {
  'statement.xls-needs-reader': {
    zh: '“{file}”是旧版 .xls 文件，但这里没有可用的 .xls 读取器：请另存为 .xlsx 或 .csv 后再导入。',
    en: '"{file}" is an old .xls file, but no .xls reader is available here: save it as .xlsx or .csv and import that.',
  },
  'xls.unreadable': {
    zh: '“{file}”看起来是旧版 .xls 文件，但已损坏或不完整，无法读取（{reason}）：请在 Excel 或 WPS 中打开后另存为 .xlsx 或 .csv 再导入。',
    en: '"{file}" looks like an old .xls file but is damaged or incomplete ({reason}): open it in Excel or WPS, save it as .xlsx or .csv and import that.',
  },
  'xls.encrypted': {
    zh: '“{file}”设置了打开密码，无法读取：请在 Excel 或 WPS 中输入密码打开，去掉密码或另存为 .xlsx 或 .csv 后再导入。',
    en: '"{file}" is protected with a password: open it in Excel or WPS, remove the password or save it as .xlsx or .csv, and import that.',
  },
  'bug.xls-read-only': {
    zh: '程序错误：从 .xls 文件读出的工作簿只能读取，不能写入（{action}）。',
    en: 'Bug: a workbook read from an .xls file is only read, never written ({action}).',
  },
  'xls.too-old': {
    zh: '“{file}”是 Excel 95 或更早版本的 .xls 文件（{reason}），无法读取：请另存为 .xlsx 或 .csv 后再导入。',
    en: '"{file}" is an .xls file from Excel 95 or older ({reason}), which cannot be read: save it as .xlsx or .csv and import that.',
  },
  'statement.xlsx-needs-reader': {
    zh: '“{file}”是 .xlsx 文件，但这里没有可用的 .xlsx 读取器。',
    en: '"{file}" is an .xlsx file, but no .xlsx reader is available here.',
  },
  'statement.not-text': {
    zh: '“{file}”既不是 CSV/文本，也不是 .xlsx 文件。',
    en: '"{file}" is neither CSV/text nor an .xlsx file.',
  },
  'statement.no-header': {
    zh: '“{file}”中找不到账单的表头（如 交易时间、收入金额、对方户名 或 Date、Credit、Description）。',
    en: 'No statement header (such as Date, Credit, Description or 交易时间, 收入金额, 对方户名) was found in "{file}".',
  },
  'statement.skip.blank': { zh: '空行。', en: 'Blank line.' },
  'statement.skip.comment': { zh: '说明行（“{text}”）。', en: 'Comment line ("{text}").' },
  'statement.skip.title': {
    zh: '标题或表头上方的信息（“{text}”）。',
    en: 'Title or heading line ("{text}").',
  },
  'statement.skip.header': { zh: '表头行。', en: 'Header line.' },
  'statement.skip.summary': {
    zh: '合计/汇总行（“{text}”）。',
    en: 'Total or summary line ("{text}").',
  },
  'statement.skip.outgoing': { zh: '支出，不是收款。', en: 'Money out, not a receipt.' },
  'statement.skip.fee': { zh: '手续费/服务费，不是收款。', en: 'A fee, not a receipt.' },
  'statement.skip.refund': {
    zh: '退款（“{text}”），不是客户付款。',
    en: 'A refund ("{text}"), not a customer payment.',
  },
  'statement.skip.internal-transfer': {
    zh: '本单位账户之间的划转（“{text}”），不是客户付款。',
    en: 'A transfer between own accounts ("{text}"), not a customer payment.',
  },
  'statement.skip.interest': {
    zh: '利息收入，不是客户付款。',
    en: 'Interest, not a customer payment.',
  },
  'statement.skip.neutral': {
    zh: '中性交易（收/支为“/”），不是收款。',
    en: 'A neutral transaction (neither income nor expense), not a receipt.',
  },
  'statement.skip.not-completed': {
    zh: '交易未完成或已退回（“{text}”）。',
    en: 'The transaction did not complete or was returned ("{text}").',
  },
  'statement.skip.zero': { zh: '金额为零。', en: 'The amount is zero.' },
  'statement.reject.no-date': { zh: '这一行没有日期。', en: 'This line has no date.' },
  'statement.reject.date-unreadable': { zh: '“{text}”不是日期。', en: '"{text}" is not a date.' },
  'statement.reject.no-amount': { zh: '这一行没有金额。', en: 'This line has no amount.' },
  'statement.reject.amount-unreadable': {
    zh: '“{text}”不是金额。',
    en: '"{text}" is not an amount.',
  },
  'statement.reject.both-directions': {
    zh: '收入（{credit}）和支出（{debit}）都有金额，无法判断方向。',
    en: 'Both money in ({credit}) and money out ({debit}) hold an amount: the direction is unclear.',
  },
  'statement.reject.direction-unknown': {
    zh: '收/支“{text}”无法识别。',
    en: 'The direction "{text}" is not known.',
  },
  'statement.reject.short-line': {
    zh: '这一行只有 {cells} 列，比表头少。',
    en: 'This line has only {cells} fields, fewer than the header.',
  },
  'match.duplicate': {
    zh: '已经导入过（同一流水号或同一天同金额同付款人同摘要），不再重复入账。',
    en: 'Already imported (same transaction id, or same day, amount, payer and memo): not added again.',
  },
  'match.payer-unknown': {
    zh: '付款人“{payer}”不是已知客户。',
    en: 'The payer "{payer}" is not a known customer.',
  },
  'match.payer-near': {
    zh: '付款人“{payer}”与客户名称相近，请确认是哪位客户。',
    en: 'The payer "{payer}" is close to a customer name: confirm which customer it is.',
  },
  'match.payer-shared-name': {
    zh: '付款人“{payer}”与多位客户同名，请确认是哪一位。',
    en: 'Several customers are named "{payer}": confirm which one paid.',
  },
  'match.payer-conflict': {
    zh: '付款人“{payer}”的名称和账号指向不同的客户，请确认。',
    en: 'The name and the account of "{payer}" point at different customers: confirm which.',
  },
  'match.payer-named-invoice': {
    zh: '付款人“{payer}”不是已知客户，但摘要写了某客户的发票号，请确认。',
    en: 'The payer "{payer}" is not a known customer, but the memo names a customer\'s invoice: confirm.',
  },
  'match.after-as-of': {
    zh: '收款日期 {date} 晚于截止日 {asOf}，暂不入账。',
    en: 'Received on {date}, after the as-of date {asOf}: not applied yet.',
  },
  'match.invoice-in-memo': {
    zh: '摘要写明发票 {invoices}，金额正好相符。',
    en: 'The memo names invoice {invoices} and the amount pays it exactly.',
  },
  'match.invoice-in-memo-partial': {
    zh: '摘要写明发票 {invoices}，本次为部分付款。',
    en: 'The memo names invoice {invoices}; this is a part payment.',
  },
  'match.exact-amount': {
    zh: '唯一一张未收清发票 {invoices} 的金额与收款相同。',
    en: 'One open invoice, {invoices}, has exactly this amount.',
  },
  'match.invoice-set': {
    zh: '未收清发票 {invoices} 合计正好等于收款金额，且没有其他组合。',
    en: 'Open invoices {invoices} add up to exactly this amount, and no other set does.',
  },
  'match.fifo': {
    zh: '没有金额相符的发票，按先进先出建议核销 {invoices}。',
    en: 'No invoice fits the amount; first-in-first-out would pay {invoices}.',
  },
  'match.memo-invoice-paid': {
    zh: '摘要写的发票 {invoices} 已经收清，可能是重复付款。',
    en: 'The memo names invoice {invoices}, which is already paid: possibly paid twice.',
  },
  'match.memo-amount-differs': {
    zh: '摘要写明发票 {invoices}，但金额与未收金额不符。',
    en: 'The memo names invoice {invoices}, but the amount does not fit what is open.',
  },
  'match.several-exact': {
    zh: '有多张未收清发票的金额与收款相同（如 {invoices}），请选择。',
    en: 'Several open invoices have exactly this amount (such as {invoices}): pick one.',
  },
  'match.several-sets': {
    zh: '有多种发票组合的合计等于收款金额（如 {invoices}），请选择。',
    en: 'Several sets of invoices add up to this amount (such as {invoices}): pick one.',
  },
  'match.set-not-proven': {
    zh: '发票 {invoices} 合计等于收款金额，但未收清发票太多，无法确认没有其他组合。',
    en: 'Invoices {invoices} add up to this amount, but there are too many open invoices to rule out another set.',
  },
  'match.no-open-invoices': {
    zh: '该客户没有未收清的发票：可能是预收款。',
    en: 'The customer has no open invoice: possibly a prepayment.',
  },
  'match.via.name': { zh: '按客户名称', en: 'by customer name' },
  'match.via.alias': { zh: '按已确认的付款人别名', en: 'by a confirmed payer alias' },
  'match.via.account': { zh: '按以前付过款的账号', en: 'by an account that paid before' },
  'match.status.matched': { zh: '已匹配', en: 'matched' },
  'match.status.needs-review': { zh: '待确认', en: 'needs review' },
  'match.status.unmatched': { zh: '未匹配', en: 'unmatched' },
  'match.status.duplicate': { zh: '重复', en: 'duplicate' },
  'match.status.skipped': { zh: '跳过', en: 'skipped' },
  'match.status.rejected': { zh: '拒绝', en: 'rejected' },
};
