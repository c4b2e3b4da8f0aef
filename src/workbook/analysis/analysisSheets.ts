/** The owned sheets the payment-behaviour workflow writes, and their Excel table names. */
export const ANALYSIS_SHEETS = {
  metrics: { sheet: '分析 Analysis', table: 'CashierAnalysis' },
  predictions: { sheet: '回款预测 Predictions', table: 'CashierPredictions' },
  cashPlan: { sheet: '回款计划 Cash plan', table: 'CashierCashPlan' },
} as const;

export type AnalysisSheet = keyof typeof ANALYSIS_SHEETS;
