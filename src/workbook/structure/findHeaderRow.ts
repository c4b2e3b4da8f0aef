/**
 * Finds the header among the first rows of a sheet: title rows, a company name, a period line and
 * blank rows often sit above it, and accounting-package exports put it anywhere near the top. The
 * header may take two rows: a group cell (金额, 本期发生额) over its sub-headers (借方, 贷方, 余额).
 */
import type { CellValue, MergedArea } from '../workbookPort';
import { matchHeader } from './columnRoles';
import { headerText, mapColumns } from './mapColumns';
import type { ColumnMapping, SheetMappingOverride } from './structureTypes';

/** How far down a header is looked for. */
export const HEADER_SEARCH_ROWS = 50;

export interface FoundHeader {
  /** 1-based row of the header's last row: data starts below it. */
  readonly row: number;
  /** 1-based row of the header's first row: row - 1 for a two-row header, else row. */
  readonly firstRow: number;
  readonly mapping: ColumnMapping;
}

/**
 * The header row among `rows` (row `firstRow` first): a ledger header beats a customer-list one,
 * then more recognised columns, then higher confidence, then the upper row. Two rows are read as
 * one header when the lower row holds only header words under a group cell of the upper row and
 * together they name more than either row alone. An override's header row is taken as given.
 * Undefined when no row names a customer plus a ledger's or a list's columns.
 */
export function findHeaderRow(
  rows: readonly (readonly CellValue[])[],
  firstRow: number,
  override?: SheetMappingOverride,
  merged: readonly MergedArea[] = [],
): FoundHeader | undefined {
  if (override?.headerRow !== undefined) {
    const cells = rows[override.headerRow - firstRow] ?? [];
    return {
      row: override.headerRow,
      firstRow: override.headerRow,
      mapping: mapColumns(cells, override),
    };
  }

  let best: FoundHeader | undefined;
  let bestScore = 0;
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  const scores: number[] = [];
  const mappings: ColumnMapping[] = [];
  for (let index = 0; index < limit; index++) {
    mappings[index] = mapColumns(rows[index] ?? [], override);
    scores[index] = scoreOf(mappings[index]!);
  }

  for (let index = 0; index < limit; index++) {
    const combined =
      index + 1 < rows.length
        ? twoRowHeader(rows[index] ?? [], rows[index + 1] ?? [], firstRow + index, merged)
        : undefined;
    if (combined !== undefined) {
      const mapping = mapColumns(combined, override);
      const score = scoreOf(mapping);
      const below = index + 1 < limit ? scores[index + 1]! : 0;
      if (score > scores[index]! && score > below && score > bestScore) {
        best = { row: firstRow + index + 1, firstRow: firstRow + index, mapping };
        bestScore = score;
      }
    }
    if (scores[index]! > bestScore) {
      best = { row: firstRow + index, firstRow: firstRow + index, mapping: mappings[index]! };
      bestScore = scores[index]!;
    }
  }
  return best;
}

function scoreOf(mapping: ColumnMapping): number {
  if (mapping.kind === 'unrecognized') return 0;
  return (mapping.kind === 'ledger' ? 1000 : 0) + mapping.columns.length * 10 + mapping.confidence;
}

/**
 * The header cells two rows make together, or undefined when the lower row is not sub-headers.
 * A group is an upper cell merged across columns, or (when an export lost its merges) an upper
 * text followed by blank upper cells, with sub-header words below. Each sub-header names its
 * column; under a balance group (期末余额 over 借方/贷方) the columns are that balance, written
 * "期末余额（借方）" so the brackets fold away and only the first one is taken as the balance.
 * Outside groups the upper cell names the column, or the lower one where the upper is blank.
 */
export function twoRowHeader(
  upper: readonly CellValue[],
  lower: readonly CellValue[],
  upperRow: number,
  merged: readonly MergedArea[],
): CellValue[] | undefined {
  const width = Math.max(upper.length, lower.length);
  for (let c = 0; c < width; c++) {
    const value = lower[c];
    if (value === null || value === undefined || headerText(value) === '') {
      if (typeof value === 'string' || value === null || value === undefined) continue;
      return undefined;
    }
    if (matchHeader(headerText(value)) === undefined) return undefined;
  }

  const cells: CellValue[] = [];
  let groups = 0;
  for (let c = 0; c < width;) {
    const top = headerText(upper[c]);
    const sub = headerText(lower[c]);
    const end = top === '' ? c : groupEnd(upper, lower, c, upperRow, merged);
    if (end === c) {
      cells.push(top !== '' ? top : sub !== '' ? sub : null);
      c++;
      continue;
    }

    groups++;
    const balance = matchHeader(top)?.role === 'balance';
    for (let g = c; g <= end; g++) {
      const word = headerText(lower[g]);
      if (word === '') cells.push(g === c ? top : null);
      else cells.push(balance ? `${top}（${word}）` : word);
    }
    c = end + 1;
  }
  return groups > 0 ? cells : undefined;
}

/** Last column of the group starting at column c, or c when the upper cell there is no group. */
function groupEnd(
  upper: readonly CellValue[],
  lower: readonly CellValue[],
  c: number,
  upperRow: number,
  merged: readonly MergedArea[],
): number {
  const area = merged.find(
    (a) => a.startRow === upperRow && a.endRow === upperRow && a.startColumn === c + 1,
  );
  let end = c;
  if (area !== undefined && area.endColumn > area.startColumn) end = area.endColumn - 1;
  else if (headerText(lower[c]) !== '') {
    while (headerText(upper[end + 1]) === '' && headerText(lower[end + 1]) !== '') end++;
  }

  let subs = 0;
  for (let g = c; g <= end; g++) if (headerText(lower[g]) !== '') subs++;
  return subs >= 2 ? end : c;
}
