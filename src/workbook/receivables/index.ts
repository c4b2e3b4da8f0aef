/** The receivables workflows: aging, open items and credit in owned sheets, and their CSV. */
export * from './receivablesWorkflow';
export { RECEIVABLES_SHEETS, type ReceivablesSheet } from './receivablesSheets';
export { computeReceivables, latestEntryDate, type ReceivablesFigures } from './receivablesFigures';
export { agingCsv, agingCsvHeader, agingCsvRows, bucketColumn } from './agingCsv';
export { agingTableLines, flagLines, importSummaryLines, rejectedLines } from './runSummary';
export { paymentTrail, moneyText } from './paymentTrail';
export { FLAG_COLUMN, flagHighlights } from './flagHighlights';
