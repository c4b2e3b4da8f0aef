/**
 * CSV that Excel opens correctly and safely: UTF-8 with a byte-order mark (so Chinese reads right),
 * CRLF lines, quotes where needed, and any value that Excel could take for a formula (starting with
 * = + - @, a tab or a carriage return; see couldRunAsFormula) neutralised by a leading single
 * quote. Plain numbers such as -1234.50 are left alone: quoting them would turn them into text.
 * Every CSV Cashier Desk writes is built here.
 */
import { couldRunAsFormula } from '../../domain/formulaText';

export function csvCell(value: string | number): string {
  let text = String(value);
  if (couldRunAsFormula(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The rows as CSV text, starting with the UTF-8 byte-order mark. */
export function csvText(rows: readonly (readonly (string | number)[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
