/**
 * The narrow interface through which every workflow reads and writes a workbook. Two adapters
 * implement it: Excel through Office.js (src/adapters/excel) and .xlsx files (src/adapters/xlsx).
 * Workflows never see either; tests run the same contract against both.
 *
 * Rows and columns are 1-based, as Excel shows them (row 1, column 1 = A1).
 */
import type { DateSystem, IsoDay } from '../domain/isoDay';

/** An Excel error value as it appears in a cell: "#N/A", "#VALUE!", "#REF!", "#DIV/0!" ... */
export interface CellError {
  readonly error: string;
}

/** What a cell holds: text, a number (dates are serials, see the number format), a boolean. */
export type CellValue = string | number | boolean | null | CellError;

export function isCellError(value: CellValue): value is CellError {
  return typeof value === 'object' && value !== null && 'error' in value;
}

export interface SheetInfo {
  readonly name: string;
  /** Rows and columns of the used range, counted from A1. */
  readonly rowCount: number;
  readonly columnCount: number;
  readonly visibility: 'visible' | 'hidden' | 'very-hidden';
  /** True for sheets Cashier Desk created and may rewrite; the cashier's own sheets are false. */
  readonly owned: boolean;
}

export interface WorkbookFacts {
  readonly dateSystem: DateSystem;
  /** BCP 47 tag of the workbook's or Office's locale when known ("zh-CN", "en-US"). */
  readonly locale?: string;
  readonly sheets: readonly SheetInfo[];
}

/** A merged area, inclusive on both ends. */
export interface MergedArea {
  readonly startRow: number;
  readonly startColumn: number;
  readonly endRow: number;
  readonly endColumn: number;
}

/** A run of consecutive rows of one sheet, starting at column A. */
export interface CellBlock {
  readonly startRow: number;
  /** values[i][j] is the cell at row startRow + i, column j + 1. Short rows are padded with null. */
  readonly values: readonly (readonly CellValue[])[];
  /** Number format of each cell ("General", "yyyy-mm-dd", "¥#,##0.00"), same shape as values. */
  readonly numberFormats: readonly (readonly string[])[];
  /** Rows of this block the cashier hid, by row number. */
  readonly hiddenRows: readonly number[];
}

export interface ReadOptions {
  /** Rows per block; adapters may cap it to stay inside their host's payload limits. */
  readonly blockRows?: number;
  readonly signal?: AbortSignal;
  readonly onProgress?: (rowsRead: number, rowsTotal: number) => void;
}

/** How the adapter shows and stores a column of an owned table. */
export type ColumnFormat =
  | 'text' // written as text, never reinterpreted (document numbers, ids, "=..." stays text)
  | 'money' // values are Fen; written as yuan numbers with a ¥ two-decimal format
  | 'date' // values are IsoDay strings; written as date serials formatted yyyy-mm-dd
  | 'integer'
  | 'number'
  | 'percent' // values are fractions (0.05 = 5%)
  | 'boolean';

export interface OwnedColumn {
  readonly header: string;
  readonly format: ColumnFormat;
  /** Width in characters; the adapter picks one when absent. */
  readonly width?: number;
}

export type OwnedCell = string | number | boolean | null;

/** How a highlighted cell looks: good green, neutral yellow, bad orange, severe red. */
export type HighlightStyle = 'good' | 'neutral' | 'bad' | 'severe';

/** Colours the data cells of one column whose text equals `equals` (conditional formatting). */
export interface OwnedHighlight {
  /** Header of the column, as in `columns`. */
  readonly column: string;
  /** The whole cell text to match ("停止赊销 HOLD"); Excel compares without regard to case. */
  readonly equals: string;
  readonly style: HighlightStyle;
}

/** A chart drawn over the table's data, next to it or under it. */
export interface OwnedChart {
  /** Stacked horizontal bars (aging buckets per customer) or clustered columns. */
  readonly kind: 'stacked-bar' | 'column';
  readonly title: string;
  /** Header of the column whose cells name the categories (customers). */
  readonly categoriesColumn: string;
  /** Headers of the numeric columns drawn as series, in order. */
  readonly seriesColumns: readonly string[];
  /** 'all-but-last' leaves a TOTAL row out of the chart (default 'all'). */
  readonly rows?: 'all-but-last' | 'all';
  readonly anchor: 'right' | 'below';
}

export interface OwnedTable {
  /** Sheet name; must be free or owned by Cashier Desk already. */
  readonly sheet: string;
  /** Excel table name (letters, digits, underscores), unique in the workbook. */
  readonly tableName: string;
  readonly columns: readonly OwnedColumn[];
  readonly rows: readonly (readonly OwnedCell[])[];
  /** Freeze the header row so it stays visible while scrolling (default true). */
  readonly freezeHeader?: boolean;
  /** Position the sheet is placed at when created: after the cashier's sheets by default. */
  readonly tabColor?: string;
  /** Cell-value rules over data cells (credit flags); the first matching rule wins. */
  readonly highlights?: readonly OwnedHighlight[];
  /** One chart over the data rows. */
  readonly chart?: OwnedChart;
  /**
   * Protects the sheet against accidental edits, without a password (Review > Unprotect Sheet
   * lifts it); sorting, filtering and column widths stay allowed. Default false: sheets the
   * cashier fills in (设置 Settings, templates, follow-ups) must stay editable.
   */
  readonly protect?: boolean;
}

export interface WriteOptions {
  readonly signal?: AbortSignal;
  readonly onProgress?: (rowsWritten: number, rowsTotal: number) => void;
}

/** Key/value pairs Cashier Desk keeps in the workbook (settings, mapping overrides, counters). */
export type StoredValues = Readonly<Record<string, string>>;

export interface WorkbookPort {
  describe(): Promise<WorkbookFacts>;

  /** Merged areas of a sheet, for header detection. */
  readMergedAreas(sheet: string): Promise<readonly MergedArea[]>;

  /** Streams a sheet's used range in blocks of whole rows, top to bottom. */
  readSheet(sheet: string, options?: ReadOptions): AsyncIterable<CellBlock>;

  /**
   * Replaces the contents of an owned sheet with one table (creating the sheet when missing).
   * Refuses, with SheetNotOwnedError, a sheet the cashier made: the user's sheets are never written.
   */
  writeOwnedTable(table: OwnedTable, options?: WriteOptions): Promise<void>;

  /** Removes an owned sheet; refuses one the cashier made. */
  deleteOwnedSheet(sheet: string): Promise<void>;

  /** Cashier Desk's stored values, kept in a very hidden owned sheet. */
  readStoredValues(): Promise<StoredValues>;
  writeStoredValues(values: StoredValues): Promise<void>;
}

/** Formats a date for an owned table cell. */
export function dateCell(day: IsoDay | undefined): OwnedCell {
  return day ?? null;
}
