/**
 * The bridge to Excel's CustomFunctions global. Inside Excel it exists once office.js has loaded;
 * in a plain browser, in WPS without it, and in tests it does not. Functions never throw: an
 * expected problem becomes a #VALUE! error carrying the cashier's words.
 */
import { describeProblem } from '../domain/messages';
import type { Lang } from '../domain/messages';
import type { Problem } from '../domain/problem';

/** What Excel shows for a failed call: its code ("#VALUE!") and the message in the cell's tip. */
export interface CellError {
  readonly code: string;
  readonly message?: string;
}

/** The part of CustomFunctions this layer uses (no @types package for it is installed). */
export interface CustomFunctionsHost {
  associate(id: string, implementation: (...args: never[]) => unknown): void;
  readonly Error: new (code: string, message?: string) => CellError;
  readonly ErrorCode: { readonly invalidValue: string };
}

const INVALID_VALUE = '#VALUE!';

export function customFunctionsHost(): CustomFunctionsHost | undefined {
  return (globalThis as { CustomFunctions?: CustomFunctionsHost }).CustomFunctions;
}

/** The cell error for a Problem: Excel's own Error object inside Excel, the same shape outside. */
export function invalidValue(problem: Problem): CellError {
  const message = describeProblem(problem, functionLanguage());
  const host = customFunctionsHost();
  return host
    ? new host.Error(host.ErrorCode.invalidValue, message)
    : { code: INVALID_VALUE, message };
}

/** Office's display language when known (zh* reads Chinese), else English. */
function functionLanguage(): Lang {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const language = office?.context?.displayLanguage ?? '';
  return language.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}
