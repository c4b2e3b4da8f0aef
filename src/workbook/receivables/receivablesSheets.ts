/** The owned sheets the receivables workflows write, and their Excel table names. */
export const RECEIVABLES_SHEETS = {
  aging: '账龄分析',
  openItems: '未清明细',
  credit: '信用评估',
} as const;

export type ReceivablesSheet = keyof typeof RECEIVABLES_SHEETS;
