/**
 * Reads one statement file: CSV or text in UTF-8 or GBK, or an .xlsx or binary .xls workbook
 * through the WorkbookPort (the caller passes the openers, since only adapters parse workbooks).
 * What a file is comes from its bytes, not its name: many banks' ".xls" downloads are really an
 * HTML table or tab-separated text, and are read as such.
 */
import { CashierError } from '../../domain/problem';
import { readSheetRows } from '../structure/sheetRows';
import type { WorkbookPort } from '../workbookPort';
import { csvLines } from './csvLines';
import { readStatementLines } from './readStatementLines';
import { htmlTableRows, looksLikeMarkup } from './htmlTableRows';
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
  /**
   * Opens binary .xls bytes (an OLE compound file) as a workbook; without it such a file is
   * reported, not read. A file it cannot read throws a CashierError whose code starts with "xls.".
   */
  readonly openLegacyWorkbook?: (bytes: Uint8Array) => Promise<WorkbookPort>;
}

export async function readStatement(
  file: StatementFile,
  options: ReadStatementOptions = {},
): Promise<StatementRead> {
  const kind = statementFileKind(file.bytes);
  const unread = (code: string, reason?: string): StatementRead => ({
    file: file.name,
    lines: [],
    receipts: [],
    totals: [],
    problem: {
      code,
      detail: reason === undefined ? { file: file.name } : { file: file.name, reason },
    },
  });

  if (kind === 'xls') {
    if (options.openLegacyWorkbook === undefined) return unread('statement.xls-needs-reader');
    let port: WorkbookPort;
    try {
      port = await options.openLegacyWorkbook(file.bytes);
    } catch (error) {
      // A damaged, encrypted or pre-97 file is the file's problem, said to the cashier; anything
      // else is a bug and goes on up.
      if (!(error instanceof CashierError) || !error.code.startsWith('xls.')) throw error;
      return unread(error.code, String((error as { reason?: unknown }).reason ?? ''));
    }
    return readStatementWorkbook(file.name, port, options, 'xls');
  }
  if (kind === 'xlsx') {
    if (options.openWorkbook === undefined) return unread('statement.xlsx-needs-reader');
    return readStatementWorkbook(file.name, await options.openWorkbook(file.bytes), options);
  }

  const decoded = decodeStatementText(file.bytes);
  if (decoded.text.includes('\u0000')) return unread('statement.not-text');
  if (looksLikeMarkup(decoded.text)) {
    return readStatementLines(
      {
        file: file.name,
        rows: htmlTableRows(decoded.text),
        dateSystem: '1900',
        encoding: `html ${decoded.encoding}`,
      },
      options,
    );
  }

  // Text saved under an .xls name is the tab-separated text Excel opens such files as.
  const tabs = /\.xls$/i.test(file.name) && decoded.text.includes('\t') ? '\t' : undefined;
  return readStatementText(file.name, decoded.text, options, decoded.encoding, tabs);
}

/** Reads statement text already decoded (a CSV pasted or read elsewhere). */
export function readStatementText(
  name: string,
  text: string,
  options: StatementReadOptions = {},
  encoding?: string,
  delimiter?: ',' | '\t',
): StatementRead {
  const rows: GridRow[] = csvLines(text, delimiter).map((row) => ({
    line: row.line,
    cells: row.cells,
  }));
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
  encoding: 'xlsx' | 'xls' = 'xlsx',
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
      { file: name, rows, dateSystem: facts.dateSystem, encoding },
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
