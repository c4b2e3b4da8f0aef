/**
 * The very hidden sheet "_CashierDesk" where Cashier Desk keeps its stored values and the list of
 * sheets it owns. Layout shared with the .xlsx adapter so either can read what the other wrote:
 * column A key, column B value, row 1 the header "key" | "value", owned sheets under
 * "owned:<sheet name>" with value "1". Cells are text-formatted so "007" or "=x" stay text.
 */
import { a1Range } from './areaAddress';
import { cellFromWire } from './cellWire';

export const DESK_SHEET = '_CashierDesk';
export const OWNED_PREFIX = 'owned:';

export interface SheetFacts {
  readonly name: string;
  readonly visibility: Excel.SheetVisibility | 'Visible' | 'Hidden' | 'VeryHidden';
  readonly position: number;
}

/** What one metadata round learns about the workbook. */
import type { DateSystem } from '../../domain/isoDay';

export interface BookState {
  readonly sheets: readonly SheetFacts[];
  readonly dateSystem: DateSystem;
  readonly locale?: string;
  /** Every key/value row of the desk, owned markers included, in sheet order. */
  readonly desk: ReadonlyMap<string, string> | undefined;
}

export function ownedKey(sheet: string): string {
  return OWNED_PREFIX + sheet;
}

export function sameSheetName(a: string, b: string): boolean {
  // Excel compares sheet names without regard to case.
  return a.toLowerCase() === b.toLowerCase();
}

export function isOwned(state: BookState, sheet: string): boolean {
  if (sameSheetName(sheet, DESK_SHEET)) return true;
  for (const [key, value] of state.desk ?? []) {
    if (
      key.startsWith(OWNED_PREFIX) &&
      value === '1' &&
      sameSheetName(key.slice(OWNED_PREFIX.length), sheet)
    ) {
      return true;
    }
  }
  return false;
}

/**
 * Loads sheet names, visibility, the date system, the locale and the desk's rows: one sync, and a
 * second only when the desk exists.
 */
export async function loadBookState(
  context: Excel.RequestContext,
  isSetSupported: (name: string, version: string) => boolean,
): Promise<BookState> {
  const worksheets = context.workbook.worksheets.load('items/name,items/visibility,items/position');
  // DATE(1904,1,1) is 0 in the 1904 system and 1462 in the 1900 one; Workbook.use1904DateSystem is
  // newer than the requirement sets this add-in targets, worksheet functions exist since 1.2.
  const epoch = context.workbook.functions.date(1904, 1, 1).load('value');
  // Application.cultureInfo needs ExcelApi 1.11; older hosts leave the locale unknown.
  const culture = isSetSupported('ExcelApi', '1.11')
    ? context.application.cultureInfo.load('name')
    : undefined;
  const deskSheet = context.workbook.worksheets.getItemOrNullObject(DESK_SHEET);
  await context.sync();

  let desk: Map<string, string> | undefined;
  if (!deskSheet.isNullObject) {
    const used = deskSheet.getUsedRangeOrNullObject(true).load('values,columnIndex');
    await context.sync();
    desk = used.isNullObject ? new Map() : deskRows(used.values, used.columnIndex);
  }

  return {
    sheets: worksheets.items.map((sheet) => ({
      name: sheet.name,
      visibility: sheet.visibility,
      position: sheet.position,
    })),
    dateSystem: epoch.value === 0 ? '1904' : '1900',
    ...(culture ? { locale: culture.name } : {}),
    desk,
  };
}

function deskRows(
  values: readonly (readonly unknown[])[],
  columnIndex: number,
): Map<string, string> {
  const rows = new Map<string, string>();
  values.forEach((row, i) => {
    // The used range starts at column A unless column A is empty everywhere: then it holds nothing.
    if (columnIndex !== 0) return;
    const key = cellFromWire(row[0]);
    const value = cellFromWire(row[1]);
    if (key === null || typeof key === 'object') return;
    if (i === 0 && String(key) === 'key' && value === 'value') return;
    rows.set(String(key), value === null || typeof value === 'object' ? '' : String(value));
  });
  return rows;
}

/**
 * Queues a rewrite of the desk with the given rows, creating it very hidden when missing. The
 * caller syncs; the rows are few (settings and sheet names), far under the payload limit.
 */
export function queueDeskWrite(
  context: Excel.RequestContext,
  state: BookState,
  rows: ReadonlyMap<string, string>,
): void {
  const worksheets = context.workbook.worksheets;
  const desk =
    state.desk === undefined ? worksheets.add(DESK_SHEET) : worksheets.getItem(DESK_SHEET);
  if (state.desk === undefined) desk.visibility = 'VeryHidden';
  else desk.getRange().clear();

  const grid = [['key', 'value'], ...[...rows].map(([key, value]) => [key, value])];
  const range = desk.getRange(a1Range(1, 1, grid.length, 2));
  range.numberFormat = grid.map(() => ['@', '@']);
  range.values = grid;
}
