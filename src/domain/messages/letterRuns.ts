import type { MessageTable } from './index';

/**
 * Words for the letters run from the ribbon (催款提醒, 导出函件, 对账函, 导入对账单), and for the
 * one-letter preview behind CASHIER.LETTERTEXT.
 */
export const LETTER_RUN_MESSAGES: MessageTable = {
  'commands.reminders-done': {
    zh: '已生成 {count} 封催款函（截止日 {asOf}），请在任务窗格中下载 {file}。',
    en: '{count} reminder letter(s) written as of {asOf}; download {file} from the task pane.',
  },
  'commands.statements-done': {
    zh: '已生成 {count} 封对账函（截止日 {asOf}），请在任务窗格中下载 {file}。',
    en: '{count} account confirmation(s) written as of {asOf}; download {file} from the task pane.',
  },
  'commands.reminders-none': {
    zh: '截止日 {asOf} 没有需要发送催款函的客户（共核对 {customers} 位客户）。',
    en: 'No customer is due a reminder as of {asOf} ({customers} customer(s) checked).',
  },
  'commands.statements-none': {
    zh: '截止日 {asOf} 没有余额不为零的客户，未生成对账函。',
    en: 'No customer has a balance as of {asOf}; no account confirmation was written.',
  },
  'commands.letters-stopped': {
    zh: '函件未生成：有 {count} 处问题需要先修改，详见下方说明。',
    en: 'No letters were written: {count} problem(s) must be fixed first, listed below.',
  },
  'commands.letters-issue-at': {
    zh: '“{sheet}”第 {row} 行：{reasonZh}',
    en: '"{sheet}" row {row}: {reasonEn}',
  },
  'commands.letters-issue-customer': {
    zh: '{customer}：{reasonZh}',
    en: '{customer}: {reasonEn}',
  },
  'commands.selection-used': {
    zh: '按所选单元格中的 {count} 位客户生成。',
    en: 'Written for the {count} customer(s) named in the selected cells.',
  },
  'commands.selection-not-customers': {
    zh: '所选单元格中没有客户名称，已为所有应催款的客户生成。',
    en: 'The selected cells name no customer, so every customer due a reminder got one.',
  },
  'commands.letter-not-due': {
    zh: '{customer} 今天不发催款函：{reasonsZh}',
    en: '{customer} gets no reminder today: {reasonsEn}',
  },
  'commands.statements-open': {
    zh: '请在任务窗格中选择要导入的银行对账单或收款记录文件（加载项不能从功能区直接打开文件）。',
    en: 'Choose the bank statement or receipts file to import in the task pane (an add-in cannot open files from the ribbon).',
  },
  'collections.preview-customer-unknown': {
    zh: '台账中没有客户“{customer}”。',
    en: 'There is no customer "{customer}" in the ledger.',
  },
  'collections.preview-no-reminder': {
    zh: '{customer} 今天没有应发的催款函：{reasonsZh}',
    en: '{customer} is due no reminder today: {reasonsEn}',
  },
  'collections.preview-sheet-problem': {
    zh: '“{sheet}”第 {row} 行：{reasonZh}',
    en: '"{sheet}" row {row}: {reasonEn}',
  },
  'functions.excel-only': {
    zh: '{name} 只能在 Excel 中使用：它要读取工作簿。',
    en: '{name} works only inside Excel: it reads the workbook.',
  },
};
