export { openXls, readXlsBook, XlsWorkbook } from './xlsWorkbook';
export type { XlsBook, XlsSheet } from './biffWorkbook';
export {
  EncryptedXlsError,
  OldXlsVersionError,
  UnreadableXlsError,
  XlsReadOnlyError,
} from './xlsErrors';
