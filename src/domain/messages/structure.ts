import type { MessageTable } from './index';

/** Words of the structuring workflow: why a row was skipped or rejected, and the report's lines. */
export const STRUCTURE_MESSAGES: MessageTable = {
  'structure.skip.blank': { zh: '空行。', en: 'Blank row.' },
  'structure.skip.header': { zh: '表头行。', en: 'Header row.' },
  'structure.skip.subtotal': {
    zh: '小计/合计行（“{text}”），不是一笔业务。',
    en: 'Subtotal or total row ("{text}"), not an entry.',
  },
  'structure.skip.title': { zh: '标题行（“{text}”）。', en: 'Title row ("{text}").' },
  'structure.no-customer': {
    zh: '这一行没有客户名称。',
    en: 'This row names no customer.',
  },
  'structure.customer-error': {
    zh: '客户名称单元格是错误值 {text}。',
    en: 'The customer cell holds the error value {text}.',
  },
  'structure.no-amount': {
    zh: '这一行没有金额。',
    en: 'This row has no amount.',
  },
  'structure.amount-unreadable': {
    zh: '“{text}”不是金额。',
    en: '"{text}" is not an amount.',
  },
  'structure.date-unreadable': {
    zh: '“{text}”不是日期。',
    en: '"{text}" is not a date.',
  },
  'structure.date-needs-order': {
    zh: '“{text}”可以是月/日也可以是日/月，这一列无法判断，未导入。',
    en: '"{text}" could be month/day or day/month and its column does not settle it; not imported.',
  },
  'structure.cell-error': {
    zh: '单元格是错误值 {text}，无法读取。',
    en: 'The cell holds the error value {text} and cannot be read.',
  },
  'structure.debit-and-credit': {
    zh: '借方（{debit}）和贷方（{credit}）都填了金额，类型却只写了“{text}”一种，无法判断，两笔金额都未导入。',
    en: 'Both debit ({debit}) and credit ({credit}) hold an amount but the type names one kind ("{text}"); neither amount was imported.',
  },
  'structure.debit-and-credit-split': {
    zh: '借方（{debit}）和贷方（{credit}）都有金额：按当日开票并收款导入为两笔（应收 :D、收款 :C），这一行计为导入 1 行。',
    en: 'Both debit ({debit}) and credit ({credit}) hold an amount: imported as two entries (invoice :D, receipt :C); the row counts once as imported.',
  },
  'structure.id-names-differ': {
    zh: '客户编号 {id} 对应两个名称：{names}（{sheet} 第 {row} 行）。按编号视为同一客户，名称作为别名；如果是两个客户，请给其中一个改编号。',
    en: 'Customer id {id} is written with two names: {names} ({sheet}, row {row}). The id decides: one customer, the names kept as variants. If they are two customers, give one a new id.',
  },
  'structure.name-ids-differ': {
    zh: '客户“{name}”写了两个编号：{ids}（{sheet} 第 {row} 行）。同名即同一客户，保留第一个编号；请核对。',
    en: 'Customer "{name}" is written with two ids: {ids} ({sheet}, row {row}). One name is one customer and keeps the first id; please check.',
  },
  'structure.no-date': { zh: '这一行没有日期。', en: 'This row has no date.' },
  'structure.date-not-formatted': {
    zh: '日期列中的 {text} 是数字，但单元格没有设置日期格式，无法确定是哪一天。',
    en: 'The date column holds the number {text} without a date format, so the day is unclear.',
  },
  'structure.due-date-unreadable': {
    zh: '到期日“{text}”既不是日期也不是账期。',
    en: 'The due date "{text}" is neither a date nor payment terms.',
  },
  'structure.type-unknown': {
    zh: '类型“{text}”无法识别（可用：销售/应收、收款/回款、退货/折让、坏账、期初、调整）。',
    en: 'The type "{text}" is not known (use Invoice, Payment, Credit Memo, Write-off, Opening, Adjustment).',
  },
  'structure.currency-unknown': {
    zh: '币种“{text}”无法识别。',
    en: 'The currency "{text}" is not known.',
  },
  'structure.default-currency-unreadable': {
    zh: '设置表“{sheet}”第 {row} 行的默认币种“{text}”无法识别，未注明币种的金额按 {currency} 读取。',
    en: 'The default currency "{text}" on row {row} of the settings sheet "{sheet}" is not a currency code; amounts that name none are read as {currency}.',
  },
  'structure.currency-conflict': {
    zh: '币种列写的是“{text}”，金额却是 {amountCurrency}。',
    en: 'The currency column says "{text}" but the amount is in {amountCurrency}.',
  },
  'structure.grade-unknown': {
    zh: '信用等级“{text}”不是 A/B/C/D，已忽略。',
    en: 'The credit grade "{text}" is not A, B, C or D and was left out.',
  },
  'structure.field-ignored': {
    zh: '“{text}”无法读取（{reason}），该项已留空，客户其余信息已导入。',
    en: '"{text}" could not be read ({reason}); it was left blank and the rest of the customer imported.',
  },
  'structure.hidden-row-imported': {
    zh: '这是隐藏行，已照常导入。',
    en: 'This row is hidden; it was imported as usual.',
  },
  'structure.date-order-ambiguous': {
    zh: '“{header}”列的日期（如 {examples}）无法判断是月/日还是日/月，这些行未导入。请在设置中指定区域。',
    en: 'Dates in "{header}" (e.g. {examples}) could be month/day or day/month; those rows were not imported. Set the locale.',
  },
  'structure.date-order-conflict': {
    zh: '“{header}”列的日期有的是月/日、有的是日/月（如 {examples}），无法统一判断的行未导入。',
    en: 'Dates in "{header}" mix month/day and day/month (e.g. {examples}); rows that need an order were not imported.',
  },
  'structure.no-type-column': {
    zh: '没有类型列：金额列的行按应收（销售）读入，摘要中写明退货、坏账、期初、调整的除外。',
    en: 'No type column: rows are read as invoices, except where the memo says return, bad debt, opening or adjustment.',
  },
  'structure.sheet-not-recognized': {
    zh: '工作表“{sheet}”（{rows} 行）找不到客户和金额的表头，未读取。可在列映射中指定。',
    en: 'Sheet "{sheet}" ({rows} rows) has no header naming a customer and an amount; it was not read. Map it by hand.',
  },
  'structure.sheet-left-out': {
    zh: '工作表“{sheet}”未读取：上次导入时您没有勾选它（在任务窗格的导入页可重新勾选）。',
    en: 'Sheet "{sheet}" was not read: it was unticked at the last import (tick it again on the task pane\'s Import screen).',
  },
  'structure.stored-value-unreadable': {
    zh: '保存的设置“{key}”已损坏，已忽略。',
    en: 'The stored setting "{key}" is damaged and was ignored.',
  },
  'structure.output-sheet-renamed': {
    zh: '您已有名为“{wanted}”的工作表，结果写入“{used}”。',
    en: 'You already have a sheet named "{wanted}"; the result went to "{used}".',
  },
  'structure.summary.sheet': {
    zh: '{kind}，表头在第 {headerRow} 行，列映射可信度 {confidence}：读入 {rowsIn} 行 = 导入 {imported} + 跳过 {skipped} + 拒绝 {rejected}（按行计；导入的行生成 {entries} 笔）。',
    en: '{kind}, header on row {headerRow}, mapping confidence {confidence}: {rowsIn} rows in = {imported} imported + {skipped} skipped + {rejected} rejected (rows; the imported rows gave {entries} entries).',
  },
  'structure.summary.mapping': { zh: '列映射：{columns}', en: 'Columns: {columns}' },
  'structure.summary.source-amount': {
    zh: '来源金额合计（数据行上可读金额的绝对值之和）',
    en: 'Source amounts (sum of readable amounts on data rows, as magnitudes)',
  },
  'structure.summary.imported-amount': {
    zh: '已导入金额合计',
    en: 'Imported amounts',
  },
  'structure.summary.rejected-amount': {
    zh: '被拒绝行上的金额合计',
    en: 'Amounts on rejected rows',
  },
  'structure.summary.total': {
    zh: '全部：读入 {rowsIn} 行 = 导入 {imported} + 跳过 {skipped} + 拒绝 {rejected}；客户 {customers} 个，台账 {entries} 笔。',
    en: 'All: {rowsIn} rows in = {imported} imported + {skipped} skipped + {rejected} rejected; {customers} customers, {entries} entries.',
  },
  'structure.summary.merge-proposal': {
    zh: '可能是同一客户，请确认是否合并：{names}（{reason}）',
    en: 'Possibly one customer, please confirm a merge: {names} ({reason})',
  },
};
