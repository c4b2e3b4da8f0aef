import type { MessageTable } from './index';

export const EXCEL_MESSAGES: MessageTable = {
  'excel.unavailable': {
    zh: '这里无法使用 Excel（未加载 Office.js），请在 Excel 中打开出纳台。',
    en: 'Excel is not available here (Office.js is not loaded); open Cashier Desk inside Excel.',
  },
  'excel.cell-edit-mode': {
    zh: 'Excel 正在编辑单元格，请按 Enter 或 Esc 结束编辑后重试。',
    en: 'Excel is editing a cell; press Enter or Esc to finish editing, then try again.',
  },
};
