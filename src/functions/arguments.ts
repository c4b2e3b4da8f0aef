/**
 * Turns worksheet arguments, as Excel passes them, into engine values. Excel passes dates as
 * serial numbers (never Date objects), text as strings, an omitted argument as null or undefined,
 * and a range as a 2-D array whose empty cells arrive as '' or null. Each helper returns an
 * Outcome so the function can answer with a cell error instead of throwing.
 */
import { isoDayFromSerial } from '../domain/isoDay';
import type { DateSystem, IsoDay } from '../domain/isoDay';
import type { Fen } from '../domain/money';
import { parseAmount } from '../domain/parseAmount';
import { parseDateText } from '../domain/parseDate';
import type { SlashOrder } from '../domain/parseDate';
import { failure, success } from '../domain/problem';
import type { Outcome } from '../domain/problem';

/** Custom functions cannot see the workbook's date system, so serials are read as 1900 ones. */
// TODO(functions): pass the workbook's date system once the Excel adapter reads it; until then a
// 1904 workbook's dates are read four years off (differences between two dates stay exact).
export const FUNCTION_DATE_SYSTEM: DateSystem = '1900';

/** What one cell of a range can hold, as Excel hands it to a custom function. */
export type CellArgument = string | number | boolean | null | undefined;

/** A range argument: rows of cells. A single cell may also arrive as a bare value. */
export type RangeArgument = readonly (readonly CellArgument[])[] | CellArgument;

export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || value === '';
}

/** A date argument: a serial (a time-of-day fraction is dropped) or a date typed as text. */
export function dayArgument(value: unknown, argument: string, order?: SlashOrder): Outcome<IsoDay> {
  if (isBlank(value)) return failure('functions.argument-missing', { argument });
  return dayCell(value, argument, order);
}

/** A date cell that is known not to be blank. */
export function dayCell(value: unknown, argument: string, order?: SlashOrder): Outcome<IsoDay> {
  if (typeof value === 'number') {
    // Serial 60 (the fictional 1900-02-29) and serials outside 1900-9999 come back undefined.
    const day = isoDayFromSerial(value, FUNCTION_DATE_SYSTEM);
    return day ? success(day) : failure('functions.not-a-date', { argument, value: String(value) });
  }

  if (typeof value === 'string') {
    const parsed = parseDateText(value, order);
    return parsed.ok ? parsed : failure('functions.not-a-date', { argument, value });
  }
  return failure('functions.not-a-date', { argument, value: String(value) });
}

/** A text-or-number argument; numbers stay numbers so numeric cells keep their exact value. */
export function textOrNumberArgument(value: unknown, argument: string): Outcome<string | number> {
  if (isBlank(value)) return failure('functions.argument-missing', { argument });

  if (typeof value === 'string' || typeof value === 'number') return { ok: true, value };
  return failure('functions.not-text-or-number', { argument, value: String(value) });
}

/** An amount argument (a number, or text such as ¥1,234.50) in fen. */
export function fenArgument(value: unknown, argument: string): Outcome<Fen> {
  const raw = textOrNumberArgument(value, argument);
  if (!raw.ok) return raw;

  const parsed = parseAmount(raw.value);
  return parsed.ok ? success(parsed.value.fen) : parsed;
}

/** An optional text argument: undefined when omitted or empty, else its trimmed text. */
export function optionalText(value: unknown): string | undefined {
  if (isBlank(value)) return undefined;
  const text = String(value).trim();
  return text === '' ? undefined : text;
}

/** An optional TRUE/FALSE argument; 1 and 0 count as Excel counts them. */
export function flagArgument(value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  if (typeof value === 'string') return /^(true|yes|1|是)$/i.test(value.trim());
  return false;
}

/** The slash-date order an argument names: mdy/dmy, or 月日年/日月年. */
export function slashOrderArgument(
  value: unknown,
  argument: string,
): Outcome<SlashOrder | undefined> {
  const text = optionalText(value)?.toLowerCase();
  if (text === undefined) return success(undefined);
  if (text === 'mdy' || text === '月日年') return success('mdy');
  if (text === 'dmy' || text === '日月年') return success('dmy');
  return failure('functions.unknown-option', { argument, value: text, options: 'mdy, dmy' });
}

/**
 * The cells of a one-column or one-row range, top to bottom (or left to right). A block wider
 * and taller than one cell is refused: which way to read it would be a guess.
 */
export function columnArgument(range: unknown, argument: string): Outcome<CellArgument[]> {
  if (!Array.isArray(range)) return success(isBlank(range) ? [] : [range as CellArgument]);

  const rows = range as readonly unknown[];
  const width = Array.isArray(rows[0]) ? (rows[0] as unknown[]).length : 1;
  if (rows.length === 1 && Array.isArray(rows[0])) return success([...(rows[0] as CellArgument[])]);
  if (width > 1) {
    return failure('functions.range-not-a-column', { argument, rows: rows.length, columns: width });
  }

  const cells = new Array<CellArgument>(rows.length);
  for (let row = 0; row < rows.length; row++) {
    const cell = rows[row];
    cells[row] = (Array.isArray(cell) ? cell[0] : cell) as CellArgument;
  }
  return success(cells);
}

/** Reads several column arguments and checks they have the same length (optional ones may be absent). */
export function sameLengthColumns(
  columns: readonly {
    readonly argument: string;
    readonly range: unknown;
    readonly optional?: boolean;
  }[],
): Outcome<(CellArgument[] | undefined)[]> {
  const read: (CellArgument[] | undefined)[] = [];
  let first: { argument: string; length: number } | undefined;
  for (const column of columns) {
    if (column.optional && isBlank(column.range)) {
      read.push(undefined);
      continue;
    }

    const cells = columnArgument(column.range, column.argument);
    if (!cells.ok) return cells;
    if (first === undefined) first = { argument: column.argument, length: cells.value.length };
    else if (cells.value.length !== first.length) {
      return failure('functions.ranges-differ', {
        first: first.argument,
        firstRows: first.length,
        argument: column.argument,
        rows: cells.value.length,
      });
    }
    read.push(cells.value);
  }
  return success(read);
}
