/**
 * Finds the header among the first rows of a sheet: title rows, a company name, a period line and
 * blank rows often sit above it, and accounting-package exports put it anywhere near the top.
 */
import type { CellValue } from '../workbookPort';
import { mapColumns } from './mapColumns';
import type { ColumnMapping, SheetMappingOverride } from './structureTypes';

/** How far down a header is looked for. */
export const HEADER_SEARCH_ROWS = 50;

export interface FoundHeader {
  /** 1-based row. */
  readonly row: number;
  readonly mapping: ColumnMapping;
}

/**
 * The header row among `rows` (row `firstRow` first): a ledger header beats a customer-list one,
 * then more recognised columns, then higher confidence, then the upper row. An override's header
 * row is taken as given. Undefined when no row names a customer plus a ledger's or a list's
 * columns.
 */
export function findHeaderRow(
  rows: readonly (readonly CellValue[])[],
  firstRow: number,
  override?: SheetMappingOverride,
): FoundHeader | undefined {
  if (override?.headerRow !== undefined) {
    const cells = rows[override.headerRow - firstRow] ?? [];
    return { row: override.headerRow, mapping: mapColumns(cells, override) };
  }

  let best: FoundHeader | undefined;
  let bestScore = 0;
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let index = 0; index < limit; index++) {
    const mapping = mapColumns(rows[index] ?? [], override);
    if (mapping.kind === 'unrecognized') continue;

    const score =
      (mapping.kind === 'ledger' ? 1000 : 0) + mapping.columns.length * 10 + mapping.confidence;
    if (score > bestScore) {
      best = { row: firstRow + index, mapping };
      bestScore = score;
    }
  }
  return best;
}
