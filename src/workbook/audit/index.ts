export { recordRun, recordRuns, type RunRecord, type RecordedRuns } from './recordRun';
export { verifySummary, verifyWorkbook, type VerifyResult } from './verifyWorkbook';
export { fingerprintCashierSheets } from './fingerprint';
export {
  amountsText,
  confirmRunRecord,
  followUpRunRecord,
  letterBatchRecords,
  letterRunRecords,
  matchRunRecord,
  settingsRunRecord,
  structureRunRecord,
  type BatchLetter,
  type CurrencyAmount,
  type LetterBatchFacts,
} from './runFacts';
export { AUDIT_SHEET, AUDIT_HEAD_KEY, AUDIT_COLUMNS, readAuditRows } from './auditSheet';
