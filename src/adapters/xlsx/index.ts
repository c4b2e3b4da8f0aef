export {
  openXlsx,
  XlsxWorkbook,
  STORE_SHEET,
  type OpenXlsxOptions,
  type SheetLayout,
} from './xlsxWorkbook';
export { UnreadableWorkbookError } from './unreadableWorkbookError';
export { MONEY_FORMAT, DATE_FORMAT } from './ownedSheetXml';
