/**
 * Reads one statement file: CSV or text in UTF-8 or GBK, or an .xlsx workbook through the
 * WorkbookPort (the caller passes the opener, since only adapters parse .xlsx). An old .xls file
 * is refused with a clear reason rather than guessed at.
 */
import { readSheetRows } from '../structure/sheetRows';
import type { WorkbookPort } from '../workbookPort';
import { csvLines } from './csvLines';
import { readStatementLines } from './readStatementLines';
import { decodeStatementText, statementFileKind } from './statementBytes';
import type { GridRow, StatementRead, StatementReadOptions } from './statementTypes';

export interface StatementFile {
  /** The file's name as the cashier knows it; it becomes the source of every receipt. */
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface ReadStatementOptions extends StatementReadOptions {
  /** Opens .xlsx bytes as a workbook; without it an .xlsx statement is reported, not read. */
  readonly openWorkbook?: (bytes: Uint8Array) => Promise<WorkbookPort>;
}

export async function readStatement(
  file: StatementFile,
  options: ReadStatementOptions = {},
): Promise<StatementRead> {
  const kind = statementFileKind(file.bytes);
  const unread = (code: string): StatementRead => ({
    file: file.name,
    lines: [],
    receipts: [],
    totals: [],
    problem: { code, detail: { file: file.name } },
  });

  if (kind === 'xls') return unread('statement.xls-not-supported');
  if (kind === 'xlsx') {
    if (options.openWorkbook === undefined) return unread('statement.xlsx-needs-reader');
    return readStatementWorkbook(file.name, await options.openWorkbook(file.bytes), options);
  }

  const decoded = decodeStatementText(file.bytes);
  if (decoded.text.includes('\u0000')) return unread('statement.not-text');
  return readStatementText(file.name, decoded.text, options, decoded.encoding);
}

/** Reads statement text already decoded (a CSV pasted or read elsewhere). */
export function readStatementText(
  name: string,
  text: string,
  options: StatementReadOptions = {},
  encoding?: string,
): StatementRead {
  const rows: GridRow[] = csvLines(text).map((row) => ({ line: row.line, cells: row.cells }));
  return readStatementLines(
    { file: name, rows, dateSystem: '1900', ...(encoding === undefined ? {} : { encoding }) },
    options,
  );
}

/**
 * Reads the first sheet of a workbook that holds a statement header; rows keep their Excel row
 * numbers. Other sheets are not read: a statement export has one.
 */
export async function readStatementWorkbook(
  name: string,
  port: WorkbookPort,
  options: StatementReadOptions = {},
): Promise<StatementRead> {
  const facts = await port.describe();
  let first: StatementRead | undefined;
  for (const sheet of facts.sheets.filter((s) => !s.owned && s.visibility === 'visible')) {
    const read = await readSheetRows(port, sheet.name);
    const rows: GridRow[] = read.rows.map((cells, index) => ({
      line: read.firstRow + index,
      cells,
      formats: read.formats[index] ?? [],
    }));
    const result = readStatementLines(
      { file: name, rows, dateSystem: facts.dateSystem, encoding: 'xlsx' },
      options,
    );
    if (result.problem === undefined) return result;
    first ??= result;
  }
  return (
    first ?? {
      file: name,
      lines: [],
      receipts: [],
      totals: [],
      problem: { code: 'statement.no-header', detail: { file: name } },
    }
  );
}
