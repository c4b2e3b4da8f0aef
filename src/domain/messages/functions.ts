import type { MessageTable } from './index';

/**
 * Words for the problems the CASHIER.* worksheet functions return as #VALUE! or #N/A errors, and
 * for what the ribbon commands report (commands.*).
 */
export const FUNCTIONS_MESSAGES: MessageTable = {
  'functions.argument-missing': {
    zh: '缺少参数 {argument}。',
    en: 'The argument {argument} is missing.',
  },
  'functions.not-a-date': {
    zh: '参数 {argument} 不是日期（收到 {value}）：请引用日期单元格或使用 DATE()、TODAY()。',
    en: 'The argument {argument} is not a date (got {value}); refer to a date cell or use DATE() or TODAY().',
  },
  'functions.not-text-or-number': {
    zh: '参数 {argument} 应为文本或数字（收到 {value}）。',
    en: 'The argument {argument} should be text or a number (got {value}).',
  },
  'functions.in-row': {
    zh: '{argument} 区域第 {row} 行：{reasonZh}',
    en: 'Row {row} of {argument}: {reasonEn}',
  },
  'functions.cell-empty': {
    zh: '单元格为空。',
    en: 'the cell is empty.',
  },
  'functions.customer-missing': {
    zh: '这一行有日期或金额，却没有客户名称。',
    en: 'the row has a date or an amount but no customer name.',
  },
  'functions.unknown-kind': {
    zh: '“{value}”不是已知的业务类型（应收、收款、退货、折让、期初、坏账核销、调整）。',
    en: '"{value}" is not a known kind (invoice, receipt, credit note, opening, write-off, adjustment).',
  },
  'functions.range-not-a-column': {
    zh: '参数 {argument} 应为一列或一行，收到 {rows} 行 × {columns} 列的区域。',
    en: 'The argument {argument} should be one column or one row; it is {rows} rows by {columns} columns.',
  },
  'functions.ranges-differ': {
    zh: '区域 {first}（{firstRows} 行）与 {argument}（{rows} 行）大小不同，请选择同样的行。',
    en: 'The ranges {first} ({firstRows} rows) and {argument} ({rows} rows) differ in size; select the same rows.',
  },
  'functions.unknown-option': {
    zh: '参数 {argument} 的值“{value}”无法识别，可用：{options}。',
    en: 'The argument {argument} does not know "{value}"; use one of: {options}.',
  },
  'functions.buckets-unreadable': {
    zh: '账龄分段“{value}”无法识别：请写 days（按天）、years（按年）或递增的天数上限，如 30,60,90。',
    en: 'The buckets "{value}" cannot be read: use days, years, or rising upper bounds in days such as 30,60,90.',
  },
  'functions.rates-count': {
    zh: '坏账计提比例有 {count} 个，应为 {expected} 个（依次对应 {bands}）。',
    en: 'There are {count} provision rates; {expected} are needed (for {bands} in turn).',
  },
  'functions.rate-out-of-range': {
    zh: '计提比例 {value} 应在 0% 到 100% 之间。',
    en: 'The provision rate {value} should be between 0% and 100%.',
  },
  'functions.customer-not-found': {
    zh: '客户区域中没有“{customer}”。',
    en: 'There is no "{customer}" in the customers range.',
  },
  'functions.not-a-currency': {
    zh: '“{value}”不是三个字母的币种代码（如 CNY、USD）。',
    en: '"{value}" is not a three-letter currency code (such as CNY or USD).',
  },
  'functions.internal-error': {
    zh: '出纳台内部错误（{code}），不是您的数据有误，请告知开发者。',
    en: 'An internal Cashier Desk error ({code}); your data is not at fault. Please tell the developers.',
  },
  'commands.structure-done': {
    zh: '整理完成：导入 {imported} 行，跳过 {skipped} 行，拒绝 {rejected} 行，共 {customers} 位客户。',
    en: 'Structured: {imported} rows imported, {skipped} skipped, {rejected} rejected; {customers} customers.',
  },
  'commands.receivables-done': {
    zh: '已按截止日 {asOf} 更新：{sheets}。',
    en: 'Updated as of {asOf}: {sheets}.',
  },
  'commands.settings-open': {
    zh: '设置在工作表“{sheet}”中，修改“值”列即可。',
    en: 'The settings are on the sheet "{sheet}"; edit its Value column.',
  },
  'commands.rows-rejected': {
    zh: '有 {count} 行无法导入，原因见“导入报告”。',
    en: '{count} rows could not be imported; the import report says why.',
  },
  'commands.merges-proposed': {
    zh: '有 {count} 组客户名称相近，请在任务窗格中确认是否合并。',
    en: '{count} sets of similar customer names are proposed for merging; confirm them in the task pane.',
  },
  'commands.not-ready': {
    zh: '这项功能尚未完成，请在任务窗格中查看目前可用的功能。',
    en: 'This action is not ready yet; the task pane shows what Cashier Desk can do today.',
  },
  'commands.running': {
    zh: '正在{action}……',
    en: '{action} is running…',
  },
  'commands.failed': {
    zh: '{action}未完成：{reason}',
    en: '{action} did not finish: {reason}',
  },
  'commands.not-now': {
    zh: '现在无法{action}：{reason}',
    en: 'Cannot {action} now: {reason}',
  },
  'commands.busy': {
    zh: '另一项操作正在进行，请等它完成后再试。',
    en: 'Another action is still running; try again when it has finished.',
  },
  'commands.unexpected': {
    zh: '出纳台内部错误（{code}），不是您的数据有误。',
    en: 'An internal Cashier Desk error ({code}); your data is not at fault.',
  },
};
