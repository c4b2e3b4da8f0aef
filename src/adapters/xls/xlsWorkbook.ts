/**
 * A binary .xls (BIFF8 in an OLE compound file) opened for reading through the WorkbookPort, so
 * the workflows that read .xlsx sheets read it the same way. It is never written: statements are
 * only read, and the cashier's workbook is always .xlsx.
 */
import type {
  CellBlock,
  CellValue,
  MergedArea,
  OwnedTable,
  StoredValues,
  WorkbookFacts,
  WorkbookPort,
} from '../../workbook/workbookPort';
import { SheetMissingError } from '../../workbook/errors';
import { readBiffWorkbook, type XlsBook, type XlsSheet } from './biffWorkbook';
import { CompoundFile } from './compoundFile';
import { OldXlsVersionError, UnreadableXlsError, XlsReadOnlyError } from './xlsErrors';

/** Reads .xls bytes; a damaged, encrypted or pre-97 file throws its own typed error. */
export async function openXls(bytes: Uint8Array): Promise<XlsWorkbook> {
  return new XlsWorkbook(readXlsBook(bytes));
}

export function readXlsBook(bytes: Uint8Array): XlsBook {
  const file = new CompoundFile(bytes);
  const stream = file.stream('Workbook');
  if (stream !== undefined) return readBiffWorkbook(stream);
  if (file.stream('Book') !== undefined) throw new OldXlsVersionError('book-stream');
  throw new UnreadableXlsError('no-workbook-stream');
}

export class XlsWorkbook implements WorkbookPort {
  constructor(private readonly book: XlsBook) {}

  async describe(): Promise<WorkbookFacts> {
    return {
      dateSystem: this.book.dateSystem,
      sheets: this.book.sheets.map((sheet) => ({
        name: sheet.name,
        rowCount: sheet.rows.length,
        columnCount: sheet.rows.reduce((most, row) => Math.max(most, row?.length ?? 0), 0),
        visibility: sheet.visibility,
        owned: false,
      })),
    };
  }

  async readMergedAreas(sheet: string): Promise<readonly MergedArea[]> {
    return this.sheet(sheet).merged;
  }

  async *readSheet(sheet: string): AsyncIterable<CellBlock> {
    const found = this.sheet(sheet);
    const width = found.rows.reduce((most, row) => Math.max(most, row?.length ?? 0), 0);
    const values: CellValue[][] = [];
    const numberFormats: string[][] = [];
    for (let row = 0; row < found.rows.length; row++) {
      const cells = found.rows[row] ?? [];
      const formats = found.formats[row] ?? [];
      values.push(Array.from({ length: width }, (_, column) => cells[column] ?? null));
      numberFormats.push(
        Array.from({ length: width }, (_, column) => formats[column] ?? 'General'),
      );
    }
    if (values.length > 0) yield { startRow: 1, values, numberFormats, hiddenRows: [] };
  }

  async writeOwnedTable(_table: OwnedTable): Promise<void> {
    throw new XlsReadOnlyError('writeOwnedTable');
  }

  async deleteOwnedSheet(_sheet: string): Promise<void> {
    throw new XlsReadOnlyError('deleteOwnedSheet');
  }

  async readStoredValues(): Promise<StoredValues> {
    return {};
  }

  async writeStoredValues(_values: StoredValues): Promise<void> {
    throw new XlsReadOnlyError('writeStoredValues');
  }

  private sheet(name: string): XlsSheet {
    const found = this.book.sheets.find((sheet) => sheet.name === name);
    if (found === undefined) throw new SheetMissingError(name);
    return found;
  }
}
