import type { MessageTable } from './index';

/** Words for the .xlsx file adapter's codes. */
export const XLSX_MESSAGES: MessageTable = {
  'workbook.unreadable': {
    zh: '这个文件不是可读取的 .xlsx 工作簿（{reason}）。请在 Excel 中打开并另存为 .xlsx 后再试。',
    en: 'This file is not a readable .xlsx workbook ({reason}). Open it in Excel, save it as .xlsx and try again.',
  },
};
