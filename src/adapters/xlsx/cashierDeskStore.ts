/**
 * The very hidden `_CashierDesk` sheet: which sheets Cashier Desk owns and its stored key/value
 * pairs. The layout is shared with the Excel adapter, so a workbook written by one is read by the
 * other: row 1 the header "key" | "value", then one row per fact, all text; owned sheets appear as
 * the key "owned:<sheet name>" with the value "1".
 */
import type { CellValue, StoredValues } from '../../workbook/workbookPort';

export const STORE_SHEET = '_CashierDesk';

export const OWNED_PREFIX = 'owned:';

export interface Store {
  readonly ownedSheets: readonly string[];
  readonly values: StoredValues;
}

const HEADER = ['key', 'value'];

export function parseStore(rows: readonly (readonly CellValue[])[]): Store {
  const ownedSheets: string[] = [];
  const values: Record<string, string> = {};

  for (const [index, row] of rows.entries()) {
    const [key, value] = row.map((cell) =>
      cell === null || typeof cell === 'object' ? '' : String(cell),
    );
    if (key === undefined || key === '') continue;
    if (index === 0 && key === HEADER[0] && value === HEADER[1]) continue;

    if (key.startsWith(OWNED_PREFIX)) {
      if (value === '1') ownedSheets.push(key.slice(OWNED_PREFIX.length));
    } else {
      values[key] = value ?? '';
    }
  }
  return { ownedSheets, values };
}

export function storeRows(store: Store): string[][] {
  return [
    HEADER,
    ...store.ownedSheets.map((name) => [`${OWNED_PREFIX}${name}`, '1']),
    ...Object.entries(store.values)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, value]) => [key, value]),
  ];
}
