/**
 * A sheet read into memory once: structuring looks at the top rows for the header and at whole
 * date columns for the slash order before reading entries, and a host read is the costly part.
 */
import { CancelledError } from '../errors';
import type { CellValue, WorkbookPort } from '../workbookPort';

export interface SheetRows {
  readonly sheet: string;
  /** Row number of rows[0]. */
  readonly firstRow: number;
  readonly rows: (readonly CellValue[])[];
  readonly formats: (readonly string[])[];
  readonly hidden: ReadonlySet<number>;
}

export async function readSheetRows(
  port: WorkbookPort,
  sheet: string,
  signal?: AbortSignal,
  onRows?: (rows: number) => void,
): Promise<SheetRows> {
  const rows: (readonly CellValue[])[] = [];
  const formats: (readonly string[])[] = [];
  const hidden = new Set<number>();
  let firstRow = 1;

  for await (const block of port.readSheet(sheet, { signal })) {
    if (signal?.aborted) throw new CancelledError();
    if (rows.length === 0) firstRow = block.startRow;

    // Blocks are contiguous; a gap (an adapter skipping empty rows) is filled so row numbers hold.
    while (firstRow + rows.length < block.startRow) {
      rows.push([]);
      formats.push([]);
    }
    for (let i = 0; i < block.values.length; i++) {
      rows.push(block.values[i] ?? []);
      formats.push(block.numberFormats[i] ?? []);
    }
    for (const row of block.hiddenRows) hidden.add(row);
    onRows?.(block.values.length);
  }
  return { sheet, firstRow, rows, formats, hidden };
}
