/**
 * Cells as they cross the Office.js wire: what range.values returns turned into CellValue, owned
 * table cells turned into what range.values accepts, and the byte sizes used to keep each sync
 * under Excel's payload limits.
 */
import type { DateSystem, IsoDay } from '../../domain/isoDay';
import { asIsoDay, serialIfAny } from '../../domain/isoDay';
import type { Fen } from '../../domain/money';
import { InvalidArgumentError } from '../../domain/problem';
import { fenToYuanNumber } from '../../domain/money';
import type { CellValue, ColumnFormat, OwnedCell } from '../../workbook/workbookPort';

// range.values gives errors as their text, so a text cell holding exactly "#N/A" reads as the
// error too; loading valueTypes to tell them apart would double every read for a rare case.
const ERROR_TEXT =
  /^#(N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/;

export function cellFromWire(value: unknown): CellValue {
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'string') return ERROR_TEXT.test(value) ? { error: value } : value;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  return String(value);
}

export const MONEY_FORMAT = '¥#,##0.00;-¥#,##0.00';
export const DATE_FORMAT = 'yyyy-mm-dd';
export const TEXT_FORMAT = '@';

export function numberFormatFor(format: ColumnFormat): string {
  switch (format) {
    case 'text':
      return TEXT_FORMAT;
    case 'money':
      return MONEY_FORMAT;
    case 'date':
      return DATE_FORMAT;
    case 'integer':
      return '0';
    case 'percent':
      return '0.00%';
    default:
      return 'General';
  }
}

/** What range.values receives for an owned cell; empty cells are "". */
export function wireFromOwned(
  cell: OwnedCell,
  format: ColumnFormat,
  dateSystem: DateSystem,
): string | number | boolean {
  if (cell === null) return '';
  if (format === 'money' && typeof cell === 'number') return fenToYuanNumber(cell as Fen);
  if (format === 'date') {
    const day = typeof cell === 'string' ? asIsoDay(cell) : undefined;
    if (!day) throw new InvalidArgumentError(`A date column got ${JSON.stringify(cell)}.`);
    // A day the workbook's date system has no serial for (1900-1903 in a 1904 workbook) stays text.
    return serialIfAny(day as IsoDay, dateSystem) ?? day;
  }
  if (format === 'text') return String(cell);
  return cell;
}

/** UTF-8 size of a value's JSON, as it would travel to or from Excel. */
export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value) ?? '';
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}
