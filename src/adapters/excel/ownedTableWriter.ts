/**
 * Writes an owned table: a fresh sheet (an owned sheet is replaced by a new one at the same
 * position, so old rows, tables and formats never survive a re-run), then each chunk's number
 * formats and values in syncs kept under Excel on the web's 5 MB request limit, then the table
 * over the written range, the frozen header and the column widths. Calculation is suspended for
 * every sync that writes cells.
 */
import { couldRunAsFormula } from '../../domain/formulaText';
import { InvalidArgumentError } from '../../domain/problem';
import { SheetNotOwnedError } from '../../workbook/errors';
import type { OwnedTable, WriteOptions } from '../../workbook/workbookPort';
import { a1Range } from './areaAddress';
import type { BookState } from './cashierDesk';
import {
  DESK_SHEET,
  isOwned,
  loadBookState,
  ownedKey,
  queueDeskWrite,
  sameSheetName,
} from './cashierDesk';
import { resolveDecorations } from '../../workbook/ownedDecorations';
import { jsonBytes, numberFormatFor, TEXT_FORMAT, wireFromOwned } from './cellWire';
import { queueDecorations } from './ownedSheetDecorations';
import type { ReaderHost } from './sheetReader';
import { throwIfAborted } from './sheetReader';

/** Target size of one write request: 40% of the 5 MB limit. */
export const CHUNK_REQUEST_BYTES = 2_000_000;
// Autofit looks at the header and this many rows: enough to size columns, cheap on 1M rows.
const AUTOFIT_ROWS = 1000;
// Excel's column width unit is about 5.25 points a character (Calibri 11) plus cell padding.
const POINTS_PER_CHARACTER = 5.25;
const PADDING_POINTS = 3.75;
const TABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,254}$/;

type Wire = string | number | boolean;

export async function writeOwnedTable(
  host: ReaderHost,
  table: OwnedTable,
  options: WriteOptions = {},
): Promise<void> {
  throwIfAborted(options.signal);
  checkTable(table);
  const decorations = resolveDecorations(table);

  const state = await host.run((context) => loadBookState(context, host.isSetSupported));
  const existing = state.sheets.find((sheet) => sameSheetName(sheet.name, table.sheet));
  const isDesk = sameSheetName(table.sheet, DESK_SHEET);
  if (isDesk || (existing && !isOwned(state, table.sheet)))
    throw new SheetNotOwnedError(table.sheet);
  throwIfAborted(options.signal);

  const columns = table.columns.length;
  const formats = table.columns.map((column) => numberFormatFor(column.format));
  const header: Wire[] = table.columns.map((column) => column.header);
  const rows = table.rows.map((row) =>
    table.columns.map((column, j) =>
      wireFromOwned(row[j] ?? null, column.format, state.dateSystem),
    ),
  );
  const chunks = chunkRows(rows, jsonBytes(formats));

  await host.run(async (context) => {
    context.application.suspendApiCalculationUntilNextSync();
    const sheet = freshSheet(context, state, table, existing?.position);
    writeGrid(
      sheet,
      1,
      [header],
      header.map(() => '@'),
    );
    const first = chunks[0];
    if (first) writeGrid(sheet, 2, rows.slice(first.start, first.end), formats);
    await context.sync();
  });
  options.onProgress?.(chunks[0]?.end ?? 0, rows.length);

  for (const chunk of chunks.slice(1)) {
    throwIfAborted(options.signal);
    await host.run(async (context) => {
      context.application.suspendApiCalculationUntilNextSync();
      const sheet = context.workbook.worksheets.getItem(table.sheet);
      writeGrid(sheet, chunk.start + 2, rows.slice(chunk.start, chunk.end), formats);
      await context.sync();
    });
    options.onProgress?.(chunk.end, rows.length);
  }

  throwIfAborted(options.signal);
  await host.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(table.sheet);
    // A header-only table gets one empty data row from Excel; that is how Excel stores it.
    const created = sheet.tables.add(a1Range(1, 1, Math.max(2, rows.length + 1), columns), true);
    created.name = table.tableName;
    created.style = 'TableStyleMedium2';
    if (table.freezeHeader !== false) sheet.freezePanes.freezeRows(1);
    table.columns.forEach((column, j) => {
      if (column.width !== undefined) {
        const range = sheet.getRangeByIndexes(0, j, 1, 1);
        range.format.columnWidth = column.width * POINTS_PER_CHARACTER + PADDING_POINTS;
      }
    });
    const autofit = table.columns.flatMap((column, j) => (column.width === undefined ? [j] : []));
    for (const j of autofit) {
      sheet
        .getRangeByIndexes(0, j, Math.min(rows.length, AUTOFIT_ROWS) + 1, 1)
        .format.autofitColumns();
    }
    queueDecorations(sheet, table, decorations, host.isSetSupported);
    // Last, after every cell is in: a protected sheet refuses writes. No password, so the cashier
    // can lift it; a re-run replaces the whole sheet, which protection does not prevent.
    if (table.protect === true && host.isSetSupported('ExcelApi', '1.2')) {
      sheet.protection.protect({
        allowAutoFilter: true,
        allowSort: true,
        allowFormatColumns: true,
      });
    }
    await context.sync();
  });
}

function checkTable(table: OwnedTable): void {
  if (table.columns.length === 0) throw new InvalidArgumentError('An owned table needs columns.');
  if (!TABLE_NAME.test(table.tableName) || /^[A-Za-z]{1,3}\d+$/.test(table.tableName)) {
    throw new InvalidArgumentError(`"${table.tableName}" is not a valid Excel table name.`);
  }
  if (table.rows.some((row) => row.length > table.columns.length)) {
    throw new InvalidArgumentError(`A row of ${table.tableName} is wider than its columns.`);
  }
}

/**
 * The sheet to write: a new one. An owned sheet is replaced by adding the new sheet under a
 * temporary name, deleting the old one and taking its name and position, all in one sync, so the
 * workbook never lacks the sheet and never holds two. A new sheet is marked owned in the desk in
 * that same sync, so a failed run cannot leave a sheet the next run would refuse as the cashier's.
 */
function freshSheet(
  context: Excel.RequestContext,
  state: BookState,
  table: OwnedTable,
  position: number | undefined,
): Excel.Worksheet {
  const worksheets = context.workbook.worksheets;
  if (position === undefined) {
    const sheet = worksheets.add(table.sheet);
    const desk = new Map(state.desk ?? []);
    desk.set(ownedKey(table.sheet), '1');
    queueDeskWrite(context, state, desk);
    if (table.tabColor) sheet.tabColor = table.tabColor;
    return sheet;
  }

  const taken = new Set(state.sheets.map((sheet) => sheet.name.toLowerCase()));
  let n = 1;
  while (taken.has(`_cd_new_${n}`)) n += 1;
  const sheet = worksheets.add(`_cd_new_${n}`);
  worksheets.getItem(table.sheet).delete();
  sheet.name = table.sheet;
  sheet.position = position;
  if (table.tabColor) sheet.tabColor = table.tabColor;
  return sheet;
}

/** Formats go first so a text column's "@" is in place before "=x" or "007" arrives. */
function writeGrid(
  sheet: Excel.Worksheet,
  firstRow: number,
  rows: Wire[][],
  formats: string[],
): void {
  if (rows.length === 0) return;
  const range = sheet.getRangeByIndexes(firstRow - 1, 0, rows.length, formats.length);
  range.numberFormat = rows.map((row) => rowFormats(row, formats));
  range.values = rows;
}

/**
 * The row's formats, with "@" for any text that Excel would otherwise run as a formula: range.values
 * takes "=..." (and "+...", "-...", "@...") like typing, so a customer's name or memo in a number
 * or boolean column must land in a text cell. Text columns are "@" already.
 */
export function rowFormats(row: readonly Wire[], formats: string[]): string[] {
  if (!row.some((value) => typeof value === 'string' && couldRunAsFormula(value))) return formats;
  return row.map((value, j) =>
    typeof value === 'string' && couldRunAsFormula(value) ? TEXT_FORMAT : (formats[j] ?? 'General'),
  );
}

interface Chunk {
  readonly start: number;
  readonly end: number;
}

/** Consecutive row spans whose values and formats stay under CHUNK_REQUEST_BYTES. */
export function chunkRows(rows: readonly Wire[][], formatBytesPerRow: number): Chunk[] {
  const chunks: Chunk[] = [];
  let start = 0;
  let bytes = 0;
  rows.forEach((row, i) => {
    const rowBytes = jsonBytes(row) + formatBytesPerRow + 2;
    if (i > start && bytes + rowBytes > CHUNK_REQUEST_BYTES) {
      chunks.push({ start, end: i });
      start = i;
      bytes = 0;
    }
    bytes += rowBytes;
  });
  if (start < rows.length) chunks.push({ start, end: rows.length });
  return chunks;
}
