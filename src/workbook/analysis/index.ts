/** Payment behaviour in the workbook: metrics, predicted payment dates, cash plan, backtest. */
export * from './analysePayments';
export { ANALYSIS_SHEETS, type AnalysisSheet } from './analysisSheets';
export * from './analysisFigures';
export { backtestWorkbook, BACKTEST_PREDICTORS } from './backtestWorkbook';
export type {
  CurrencyBacktest,
  WorkbookBacktest,
  WorkbookBacktestOptions,
} from './backtestWorkbook';
export { backtestLines, backtestFigures } from './backtestLines';
export { predictionsCsv, predictionsCsvRows, PREDICTIONS_CSV_HEADER } from './predictionsCsv';
export { readBillingChannels, readChannel, type BillingChannels } from './billingChannels';
export { methodWord, predictorWord, lateTrendWord } from './analysisWords';
