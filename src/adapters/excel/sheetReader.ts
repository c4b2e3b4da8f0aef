/**
 * Reads a sheet in row blocks sized to stay well inside Excel's limits: a response under 5 MB
 * (Excel on the web) and under 5,000,000 cells. One sync per block, whatever the row count; the
 * block size adapts to the bytes per cell seen so far, and a block Excel still refuses is halved.
 */
import { CancelledError, SheetMissingError } from '../../workbook/errors';
import type { CellBlock, CellValue, ReadOptions } from '../../workbook/workbookPort';
import { parseAreas } from './areaAddress';
import { cellFromWire, jsonBytes } from './cellWire';
import type { ExcelRun } from './officeHost';
import { errorCode } from './officeHost';

/** Target size of one block's response: 40% of Excel on the web's 5 MB, room for misestimates. */
export const BLOCK_RESPONSE_BYTES = 2_000_000;
/** At most a fifth of Excel's 5,000,000-cell read limit per block. */
export const BLOCK_CELLS = 1_000_000;
// Before anything is read: "General" plus a short value and the JSON punctuation, rounded up.
const FIRST_GUESS_BYTES_PER_CELL = 40;
const SAMPLE_ROWS = 256;
const TOO_BIG = new Set(['ResponsePayloadSizeLimitExceeded', 'RangeExceedsLimit']);

interface UsedShape {
  readonly rows: number;
  readonly columns: number;
}

export interface ReaderHost {
  readonly run: ExcelRun;
  readonly isSetSupported: (name: string, version: string) => boolean;
}

export async function* readSheetBlocks(
  host: ReaderHost,
  sheet: string,
  options: ReadOptions = {},
): AsyncGenerator<CellBlock> {
  throwIfAborted(options.signal);
  const shape = await usedShape(host, sheet);
  let bytesPerCell = FIRST_GUESS_BYTES_PER_CELL;
  let startRow = 1;

  while (startRow <= shape.rows) {
    throwIfAborted(options.signal);
    const wanted = blockRows(shape, startRow, bytesPerCell, options.blockRows);
    const { block, observedBytesPerCell } = await readBlockShrinking(
      host,
      sheet,
      shape,
      startRow,
      wanted,
    );
    bytesPerCell = Math.max(4, observedBytesPerCell * 1.25);
    startRow += block.values.length;
    options.onProgress?.(startRow - 1, shape.rows);
    yield block;
  }
  throwIfAborted(options.signal);
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new CancelledError();
}

/** Rows and columns of the used range counted from A1; ItemNotFound means the sheet is gone. */
async function usedShape(host: ReaderHost, sheet: string): Promise<UsedShape> {
  try {
    return await host.run(async (context) => {
      const used = context.workbook.worksheets
        .getItem(sheet)
        .getUsedRangeOrNullObject(true)
        .load('rowIndex,columnIndex,rowCount,columnCount');
      await context.sync();
      if (used.isNullObject) return { rows: 0, columns: 0 };
      return { rows: used.rowIndex + used.rowCount, columns: used.columnIndex + used.columnCount };
    });
  } catch (error) {
    if (errorCode(error) === 'ItemNotFound') throw new SheetMissingError(sheet);
    throw error;
  }
}

function blockRows(
  shape: UsedShape,
  startRow: number,
  bytesPerCell: number,
  asked?: number,
): number {
  const byBytes = Math.floor(BLOCK_RESPONSE_BYTES / (shape.columns * bytesPerCell));
  const byCells = Math.floor(BLOCK_CELLS / shape.columns);
  const left = shape.rows - startRow + 1;
  return Math.max(1, Math.min(byBytes, byCells, left, asked ?? Infinity));
}

async function readBlockShrinking(
  host: ReaderHost,
  sheet: string,
  shape: UsedShape,
  startRow: number,
  rows: number,
): Promise<{ block: CellBlock; observedBytesPerCell: number }> {
  try {
    return await readBlock(host, sheet, shape.columns, startRow, rows);
  } catch (error) {
    // Excel refused the response after all (long texts further down): halve and try again.
    if (!TOO_BIG.has(errorCode(error) ?? '') || rows === 1) throw error;
    return readBlockShrinking(host, sheet, shape, startRow, Math.ceil(rows / 2));
  }
}

async function readBlock(
  host: ReaderHost,
  sheet: string,
  columns: number,
  startRow: number,
  rows: number,
): Promise<{ block: CellBlock; observedBytesPerCell: number }> {
  // Visible cells come back as a few areas, so hidden rows cost no extra sync (ExcelApi 1.9).
  const canListVisible = host.isSetSupported('ExcelApi', '1.9');

  const read = await host.run(async (context) => {
    const range = context.workbook.worksheets
      .getItem(sheet)
      .getRangeByIndexes(startRow - 1, 0, rows, columns)
      .load('values,numberFormat,rowHidden');
    const visible = canListVisible
      ? range.getSpecialCellsOrNullObject('Visible').load('address')
      : undefined;
    await context.sync();
    const visibleAddress = visible && !visible.isNullObject ? visible.address : undefined;
    return {
      values: range.values,
      numberFormat: range.numberFormat as string[][],
      rowHidden: range.rowHidden as boolean | null,
      visibleAddress,
    };
  });

  const hiddenRows = await hiddenRowsOf(host, sheet, startRow, rows, read, canListVisible);
  const values: CellValue[][] = read.values.map((row) => row.map(cellFromWire));
  const sample = Math.min(rows, SAMPLE_ROWS);
  const sampleBytes =
    jsonBytes(read.values.slice(0, sample)) + jsonBytes(read.numberFormat.slice(0, sample));

  return {
    block: {
      startRow,
      values,
      numberFormats: read.numberFormat.map((row) => row.map(String)),
      hiddenRows,
    },
    observedBytesPerCell: sampleBytes / (sample * columns),
  };
}

async function hiddenRowsOf(
  host: ReaderHost,
  sheet: string,
  startRow: number,
  rows: number,
  read: { rowHidden: boolean | null; visibleAddress: string | undefined },
  canListVisible: boolean,
): Promise<number[]> {
  const all = Array.from({ length: rows }, (_, i) => startRow + i);
  // rowHidden is true when every row is hidden, false when none is, null when some are.
  if (read.rowHidden === false) return [];
  if (read.rowHidden === true) return all;
  if (canListVisible) {
    if (read.visibleAddress === undefined) return all;
    const visible = new Set<number>();
    for (const area of parseAreas(read.visibleAddress)) {
      for (let r = area.startRow; r <= area.endRow; r++) visible.add(r);
    }
    return all.filter((row) => !visible.has(row));
  }
  return bisectHiddenRows(host, sheet, startRow, rows);
}

/**
 * Without ExcelApi 1.9: halve the mixed spans level by level, asking rowHidden of every half in
 * one sync per level, so a block costs at most log2(rows) extra syncs.
 */
async function bisectHiddenRows(
  host: ReaderHost,
  sheet: string,
  startRow: number,
  rows: number,
): Promise<number[]> {
  const hidden: number[] = [];
  let mixed: { start: number; count: number }[] = [{ start: startRow, count: rows }];

  while (mixed.length > 0) {
    const halves = mixed.flatMap(({ start, count }) => {
      const first = Math.ceil(count / 2);
      return [
        { start, count: first },
        { start: start + first, count: count - first },
      ].filter((half) => half.count > 0);
    });
    const states = await host.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      const ranges = halves.map(({ start, count }) =>
        worksheet.getRangeByIndexes(start - 1, 0, count, 1).load('rowHidden'),
      );
      await context.sync();
      return ranges.map((range) => range.rowHidden as boolean | null);
    });

    mixed = [];
    halves.forEach((half, i) => {
      if (states[i] === true) {
        for (let r = 0; r < half.count; r++) hidden.push(half.start + r);
      } else if (states[i] === null) {
        mixed.push(half);
      }
    });
  }
  return hidden.sort((a, b) => a - b);
}
