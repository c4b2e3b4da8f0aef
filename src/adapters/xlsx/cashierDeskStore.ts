/**
 * The very hidden `_CashierDesk` sheet: which sheets Cashier Desk owns and its stored key/value
 * pairs. One row per fact under a header row, all text:
 *   A: kind ("owned-sheet" or "value"), B: sheet name or key, C: the value (empty for sheets).
 */
import type { CellValue, StoredValues } from '../../workbook/workbookPort';

export const STORE_SHEET = '_CashierDesk';

export interface Store {
  readonly ownedSheets: readonly string[];
  readonly values: StoredValues;
}

const HEADER = ['kind', 'key', 'value'];

export function parseStore(rows: readonly (readonly CellValue[])[]): Store {
  const ownedSheets: string[] = [];
  const values: Record<string, string> = {};
  for (const row of rows.slice(1)) {
    const [kind, key, value] = row.map((cell) =>
      cell === null || typeof cell === 'object' ? '' : String(cell),
    );
    if (key === undefined || key === '') continue;
    if (kind === 'owned-sheet') ownedSheets.push(key);
    else if (kind === 'value') values[key] = value ?? '';
  }
  return { ownedSheets, values };
}

export function storeRows(store: Store): string[][] {
  return [
    HEADER,
    ...store.ownedSheets.map((name) => ['owned-sheet', name, '']),
    ...Object.entries(store.values)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, value]) => ['value', key, value]),
  ];
}
