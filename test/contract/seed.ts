/**
 * A workbook described as plain data, so the same contract tests can seed any WorkbookPort
 * implementation (the .xlsx adapter, the Office.js adapter over the strict Excel twin) and read
 * back what it stored.
 */
import type { DateSystem } from '../../src/domain/isoDay';
import type { CellValue, MergedArea, WorkbookPort } from '../../src/workbook/workbookPort';

export interface SeedSheet {
  readonly name: string;
  /** cells[r][c] is the cell at row r + 1, column c + 1 (A1 = cells[0][0]). */
  readonly cells: readonly (readonly CellValue[])[];
  /** Same shape as cells where given; "General" elsewhere. */
  readonly numberFormats?: readonly (readonly string[])[];
  readonly merged?: readonly MergedArea[];
  /** Row numbers (1-based) the cashier hid. */
  readonly hiddenRows?: readonly number[];
  readonly visibility?: 'visible' | 'hidden' | 'very-hidden';
}

export interface SeedWorkbook {
  readonly dateSystem?: DateSystem;
  readonly sheets: readonly SeedSheet[];
}

/** What a host holds for one sheet after a run: values and number formats, as stored. */
export interface DumpedSheet {
  readonly name: string;
  readonly cells: readonly (readonly CellValue[])[];
  readonly numberFormats: readonly (readonly string[])[];
  readonly visibility: 'visible' | 'hidden' | 'very-hidden';
  /** Excel tables on the sheet, with their A1 ranges. */
  readonly tables: readonly { readonly name: string; readonly range: string }[];
  /** Rows frozen at the top (0 when nothing is frozen). */
  readonly frozenRows: number;
}

export interface ContractSubject {
  readonly port: WorkbookPort;
  /** Reads every sheet back as the host stores it, owned sheets included. */
  dump(): Promise<readonly DumpedSheet[]>;
}

export type MakeSubject = (seed: SeedWorkbook) => Promise<ContractSubject>;
