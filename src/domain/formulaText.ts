/**
 * Text a spreadsheet could run as a formula: what it does when such a value is typed into a cell,
 * pasted, or opened from a CSV file. It starts with = + - @, a tab or a carriage return (the
 * characters Excel and LibreOffice treat as the start of a formula or strip before one). Plain
 * numbers such as -1234.50 are not counted: they cannot run, and writing them as text would
 * break the sums the cashier makes from an export.
 *
 * Every writer that hands text to a spreadsheet asks this one function: the CSV exports (which
 * quote such a value) and the Excel adapter (which writes it into a text-formatted cell).
 */

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

export function couldRunAsFormula(text: string): boolean {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text);
}
