/**
 * What the structuring workflow takes and gives back: the options a cashier (or the command line)
 * sets, and the customers, ledger entries, merge proposals and import report it produces.
 */
import type { MergeProposal } from '../../domain/customerName';
import type { Customer, LedgerEntry } from '../../domain/ledger';
import type { CurrencyCode, Fen } from '../../domain/money';
import type { Problem } from '../../domain/problem';
import type { ColumnRole } from './columnRoles';

/** A cashier's correction of how one sheet is read: its header row and which column is what. */
export interface SheetMappingOverride {
  /** 1-based row of the header. */
  readonly headerRow?: number;
  /** Column per role: 1-based number, a letter ("C") or the header text as written. */
  readonly columns?: Partial<Readonly<Record<ColumnRole, number | string>>>;
}

/** Overrides by sheet name; also read as JSON from the stored value MAPPING_STORE_KEY. */
export type MappingOverrides = Readonly<Record<string, SheetMappingOverride>>;

/** Customer keys (customerKey) the cashier confirmed are one customer; a MergeProposal fits. */
export interface ConfirmedMerge {
  readonly keys: readonly string[];
}

export interface StructureOptions {
  /**
   * Sheets to read, in this order; default: every visible or hidden sheet the cashier made, less
   * the ones stored under LEFT_OUT_SHEETS_STORE_KEY.
   */
  readonly sheets?: readonly string[];
  readonly mapping?: MappingOverrides;
  readonly confirmedMerges?: readonly ConfirmedMerge[];
  /**
   * Currency of rows and customers that name none; default: the Settings sheet's 默认币种
   * (defaultCurrency), else CNY.
   */
  readonly defaultCurrency?: CurrencyCode;
  /** Locale that settles slash-date order when the data does not; default: the workbook's. */
  readonly locale?: string;
  readonly onProgress?: (rowsDone: number, rowsTotal: number) => void;
  readonly signal?: AbortSignal;
}

export type SkipReason = 'blank' | 'header' | 'subtotal' | 'title';

export interface SkippedRow {
  readonly sheet: string;
  readonly row: number;
  readonly reason: SkipReason;
  /** The text that decided it (the subtotal word's cell, the title), when there is one. */
  readonly text?: string;
}

export interface RejectedRow {
  readonly sheet: string;
  readonly row: number;
  /** 1-based column of the cell at fault, when one cell is. */
  readonly column?: number;
  /** Its header as the cashier wrote it. */
  readonly header?: string;
  readonly problem: Problem;
  /** The row's amount when it could be read, so both sides of the totals show. */
  readonly amount?: Fen;
  readonly currency?: CurrencyCode;
}

/** A fact about a row that was imported: a hidden row, a customer-list field left out. */
export interface RowNote {
  readonly sheet: string;
  readonly row: number;
  readonly column?: number;
  readonly header?: string;
  readonly problem: Problem;
}

export interface MappedColumn {
  readonly role: ColumnRole;
  /** 1-based column. */
  readonly column: number;
  readonly header: string;
  readonly confidence: number;
  readonly source: 'exact' | 'contains' | 'override';
}

export type SheetKind = 'ledger' | 'customers' | 'unrecognized';

export interface ColumnMapping {
  readonly kind: SheetKind;
  readonly columns: readonly MappedColumn[];
  /** The lowest confidence among the columns the sheet's kind needs; 0 when one is missing. */
  readonly confidence: number;
}

/**
 * Amounts as magnitudes (绝对值): an entry's sign follows its kind (a 退货 typed -500 is a credit
 * note of 500), so totals compare the absolute amounts typed in the source with the absolute
 * amounts of the entries. source = imported + rejected, to the fen, per currency.
 */
export interface CurrencyTotals {
  readonly currency: CurrencyCode;
  /** Sum of every readable amount on a data row (imported or rejected). */
  readonly source: Fen;
  readonly imported: Fen;
  /** Readable amounts on rows rejected for another reason. */
  readonly rejected: Fen;
}

export interface DateColumnOrder {
  readonly column: number;
  readonly header: string;
  /** How year-last slash dates of the column are read; 'ambiguous' ones are rejected. */
  readonly order: 'mdy' | 'dmy' | 'ambiguous' | 'not-needed';
  readonly settledBy?: 'data' | 'locale';
  readonly examples?: readonly string[];
}

export interface SheetReport {
  readonly sheet: string;
  readonly kind: SheetKind;
  readonly hidden: boolean;
  /** The header's last row (data starts below it). */
  readonly headerRow?: number;
  /** Every row the header takes: one, or two for a group cell over sub-headers (金额 / 借方 贷方). */
  readonly headerRows: readonly number[];
  readonly mapping: ColumnMapping;
  readonly dateOrders: readonly DateColumnOrder[];
  readonly rowsIn: number;
  /** Rows imported: rows, not entries (a row with a debit and a credit amount gives two). */
  readonly imported: number;
  /** Entries the imported rows gave. */
  readonly entries: number;
  readonly skipped: readonly SkippedRow[];
  readonly rejected: readonly RejectedRow[];
  readonly notes: readonly RowNote[];
  readonly totals: readonly CurrencyTotals[];
  /** Sheet-level facts: no header found, rows read as invoices for want of a type column... */
  readonly problems: readonly Problem[];
}

export interface ImportReport {
  readonly sheets: readonly SheetReport[];
  readonly rowsIn: number;
  /** Rows imported (rows, not entries). */
  readonly imported: number;
  readonly entries: number;
  readonly skipped: number;
  readonly rejected: number;
  readonly totals: readonly CurrencyTotals[];
  /** Workbook-level facts: an unreadable stored mapping, an output sheet name taken. */
  readonly problems: readonly Problem[];
}

export interface StructureResult {
  readonly customers: readonly Customer[];
  readonly entries: readonly LedgerEntry[];
  readonly mergeProposals: readonly MergeProposal[];
  readonly report: ImportReport;
}

/** Stored value holding MappingOverrides as JSON. */
export const MAPPING_STORE_KEY = 'structure.mapping';
/** Stored value holding ConfirmedMerge[] as JSON. */
export const MERGES_STORE_KEY = 'structure.merges';
/**
 * Stored value holding, as JSON, the names of the cashier's sheets left out of the last import
 * (unticked in the task pane). Every later structuring that is not told which sheets to read
 * leaves the same ones out, so the ribbon, the command line, refresh and verify read the ledger
 * the pane imported; a sheet added since is read.
 */
export const LEFT_OUT_SHEETS_STORE_KEY = 'structure.leftOutSheets';
