/**
 * The CASHIER.* worksheet functions. custom-functions-metadata-plugin reads the JSDoc below into
 * functions.json (the @customfunction tag gives the id and the name Excel shows), so each function
 * is a plain top-level declaration with number/string parameter types.
 *
 * Rules for every function here: arguments arrive as Excel passes them (serial numbers for dates,
 * strings, null for an omitted argument); expected problems are returned as #VALUE! errors with
 * the cashier's words, never thrown; and nothing reads the clock. The as-of date is an argument:
 * `=CASHIER.DAYSPASTDUE(C2, TODAY())`. A default of "today" would need the function marked
 * volatile, or Excel would keep yesterday's answer after midnight; TODAY() in the formula gives
 * Excel's own recalculation and a sheet that can be re-run for any date.
 *
 * Association happens here and only when Excel's CustomFunctions global exists, so loading this
 * bundle in a plain browser does nothing. (webpack.config.js removes the plugin's own appended,
 * unguarded associate calls for that reason.)
 */
import { daysBetween } from '../domain/isoDay';
import { fenToYuanNumber } from '../domain/money';
import { parseAmount } from '../domain/parseAmount';
import { dayArgument, textOrNumberArgument } from './arguments';
import { customFunctionsHost, invalidValue } from './cellError';
import type { CellError, CustomFunctionsHost } from './cellError';

// Excel shows the JSDoc's first paragraph in formula autocomplete, so it stays one line; the sign
// rule: positive when overdue, zero on the due date, negative while not yet due.
/**
 * Calendar days from the due date to the as-of date (negative while not yet due).
 * @customfunction DAYSPASTDUE DAYSPASTDUE
 * @param dueDate The due date: a date cell or its serial number.
 * @param asOf The date to count to, usually TODAY().
 * @returns Whole calendar days past due (negative when not yet due).
 */
export function daysPastDue(dueDate: number, asOf: number): number | CellError {
  const due = dayArgument(dueDate, 'dueDate');
  if (!due.ok) return invalidValue(due.problem);

  const end = dayArgument(asOf, 'asOf');
  if (!end.ok) return invalidValue(end.problem);

  return daysBetween(due.value, end.value);
}

// Accepts every form in DOMAIN.md (1,234.50, ¥1234.5, 1234.50元, 1.2万, (500.00), full-width
// digits) and returns yuan rounded to the fen; text that is not an amount is #VALUE!, not a guess.
/**
 * Reads an amount typed as text, such as ¥1,234.50 or 1.2万, as a number.
 * @customfunction PARSEAMOUNT PARSEAMOUNT
 * @param text The amount as text, or a number.
 * @returns The amount in yuan (or the sheet's currency), rounded to the fen.
 */
export function parseAmountCell(text: string | number): number | CellError {
  const value = textOrNumberArgument(text, 'text');
  if (!value.ok) return invalidValue(value.problem);

  const parsed = parseAmount(value.value);
  if (!parsed.ok) return invalidValue(parsed.problem);
  return fenToYuanNumber(parsed.value.fen);
}

/** Ids as in the @customfunction tags above; the build test checks they match functions.json. */
export const CUSTOM_FUNCTIONS = {
  DAYSPASTDUE: daysPastDue,
  PARSEAMOUNT: parseAmountCell,
} as const;

export function associateCustomFunctions(host: CustomFunctionsHost): void {
  for (const [id, implementation] of Object.entries(CUSTOM_FUNCTIONS)) {
    host.associate(id, implementation);
  }
}

const host = customFunctionsHost();
if (host) associateCustomFunctions(host);
