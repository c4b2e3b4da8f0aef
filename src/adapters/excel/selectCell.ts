/**
 * Shows the cashier a source cell: activates its sheet and selects the cell, so a line of the
 * import report can lead straight to the row it talks about. Only the task pane uses it.
 */
import { a1Range } from './areaAddress';
import { defaultRun, runWithRetry, sleep } from './officeHost';
import type { ExcelRun } from './officeHost';

/** Selects row and column (1-based) of `sheet`; a column of 0 or less selects the whole row. */
export async function selectSourceCell(
  sheet: string,
  row: number,
  column: number,
  run: ExcelRun = defaultRun,
): Promise<void> {
  await runWithRetry(
    run,
    async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      const address = column > 0 ? a1Range(row, column, row, column) : `${row}:${row}`;
      worksheet.getRange(address).select();
      await context.sync();
    },
    sleep,
  );
}
