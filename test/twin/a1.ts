/**
 * A1 addresses for the twin, 0-based inside: row 0 is Excel's row 1, column 0 is column A.
 * Kept apart from the adapter's own address code so a bug in one does not hide a bug in the other.
 */
export interface Rect {
  readonly r0: number;
  readonly c0: number;
  readonly r1: number;
  readonly c1: number;
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export function columnLetters(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const WHOLE_ROWS = /^\$?(\d{1,7}):\$?(\d{1,7})$/;
const WHOLE_COLUMNS = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/;

/** Parses "A1", "A1:C9", "3:7", "B:D" (no sheet part); undefined when it is not an address. */
export function parseRect(address: string): Rect | undefined {
  const rows = WHOLE_ROWS.exec(address);
  if (rows) return checked(Number(rows[1]) - 1, 0, Number(rows[2]) - 1, MAX_COLUMNS - 1);

  const columns = WHOLE_COLUMNS.exec(address);
  if (columns) {
    return checked(0, columnIndex(columns[1] ?? ''), MAX_ROWS - 1, columnIndex(columns[2] ?? ''));
  }

  const parts = address.split(':');
  if (parts.length > 2) return undefined;
  const a = CELL.exec(parts[0] ?? '');
  const b = CELL.exec(parts[1] ?? parts[0] ?? '');
  if (!a || !b) return undefined;
  return checked(
    Number(a[2]) - 1,
    columnIndex(a[1] ?? ''),
    Number(b[2]) - 1,
    columnIndex(b[1] ?? ''),
  );
}

function checked(r0: number, c0: number, r1: number, c1: number): Rect | undefined {
  const rect = {
    r0: Math.min(r0, r1),
    c0: Math.min(c0, c1),
    r1: Math.max(r0, r1),
    c1: Math.max(c0, c1),
  };
  const inside = rect.r0 >= 0 && rect.c0 >= 0 && rect.r1 < MAX_ROWS && rect.c1 < MAX_COLUMNS;
  return inside ? rect : undefined;
}

export function formatRect(rect: Rect): string {
  const start = `${columnLetters(rect.c0)}${rect.r0 + 1}`;
  const end = `${columnLetters(rect.c1)}${rect.r1 + 1}`;
  return start === end ? start : `${start}:${end}`;
}

/** The sheet part of an address as Excel writes it: quoted when the name is not a plain word. */
export function sheetPrefix(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? `${sheet}!` : `'${sheet.replace(/'/g, "''")}'!`;
}

export function rowsOf(rect: Rect): number {
  return rect.r1 - rect.r0 + 1;
}

export function columnsOf(rect: Rect): number {
  return rect.c1 - rect.c0 + 1;
}
