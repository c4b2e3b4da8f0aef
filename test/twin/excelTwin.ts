/** The strict in-memory Excel: import from here. */
export { ExcelTwin, PAYLOAD_LIMIT_BYTES, CELL_READ_LIMIT, jsonBytes } from './twinRuntime';
export type { SyncRecord, TwinContext, TwinWrite, ExcelTwinOptions } from './twinRuntime';
export { TwinOfficeError } from './twinErrors';
