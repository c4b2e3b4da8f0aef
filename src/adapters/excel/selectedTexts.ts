/**
 * The texts in the cells the cashier has selected, so "export letters" can write to the customers
 * named there. Only the part of the selection inside the sheet's used range is read (a whole
 * column selected is its used rows), and a selection of more than MAX_SELECTED_CELLS cells is
 * ignored rather than read: it is not a list of customers someone picked by hand.
 *
 * The selection is a hint, never a reason to fail: a chart or shape selected, a selection Excel
 * cannot report, or Excel busy all read as "nothing selected".
 */
import type { ExcelRun } from './officeHost';
import { defaultRun, runWithRetry, sleep } from './officeHost';

export const MAX_SELECTED_CELLS = 10_000;

/** Distinct non-blank texts of the selected cells, in reading order (numbers are not names). */
export async function readSelectedTexts(run: ExcelRun = defaultRun): Promise<string[]> {
  try {
    const rows = await runWithRetry(
      run,
      async (context): Promise<unknown[][]> => {
        // getSelectedRanges (ExcelApi 1.9, below the manifest's 1.12) accepts a multi-area choice.
        const selected = context.workbook.getSelectedRanges();
        const used = selected.worksheet.getUsedRangeOrNullObject(true);
        await context.sync();
        if (used.isNullObject) return [];

        const inUse = selected.getIntersectionOrNullObject(used);
        inUse.load('cellCount');
        await context.sync();
        if (inUse.isNullObject || inUse.cellCount > MAX_SELECTED_CELLS) return [];

        inUse.areas.load('items/values');
        await context.sync();
        return inUse.areas.items.flatMap((area) => area.values as unknown[][]);
      },
      sleep,
    );
    return distinctTexts(rows);
  } catch {
    return [];
  }
}

function distinctTexts(rows: readonly (readonly unknown[])[]): string[] {
  const seen = new Set<string>();
  for (const row of rows) {
    for (const cell of row) {
      if (typeof cell === 'string' && cell.trim() !== '') seen.add(cell.trim());
    }
  }
  return [...seen];
}
