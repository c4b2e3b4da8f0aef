/**
 * Reading back an owned sheet the cashier edits (templates, follow-ups): where it is, whether it
 * exists yet, and its cells with their number formats.
 */
import { freeSheetName } from '../structure/writeStructure';
import type { CellValue, WorkbookFacts, WorkbookPort } from '../workbookPort';

export interface OwnedSheetPlace {
  /** The wanted name, or the next free one when the cashier has a sheet of that name. */
  readonly sheet: string;
  readonly exists: boolean;
}

export function ownedSheetPlace(facts: WorkbookFacts, wanted: string): OwnedSheetPlace {
  const sheet = freeSheetName(facts, wanted);
  return { sheet, exists: facts.sheets.some((info) => info.name === sheet && info.owned) };
}

export interface SheetCells {
  readonly values: readonly (readonly CellValue[])[];
  readonly formats: readonly (readonly string[])[];
}

/** Every row of a sheet from row 1, as values and number formats. */
export async function readSheetCells(port: WorkbookPort, sheet: string): Promise<SheetCells> {
  const values: CellValue[][] = [];
  const formats: string[][] = [];
  for await (const block of port.readSheet(sheet)) {
    block.values.forEach((row, i) => {
      values[block.startRow - 1 + i] = [...row];
      formats[block.startRow - 1 + i] = [...(block.numberFormats[i] ?? [])];
    });
  }
  // Rows the adapter never sent (none do today) read as empty rather than holes.
  for (let r = 0; r < values.length; r++) {
    values[r] ??= [];
    formats[r] ??= [];
  }
  return { values, formats };
}
