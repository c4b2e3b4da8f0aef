/**
 * The bridge to Excel's CustomFunctions global. Inside Excel it exists once office.js has loaded;
 * in a plain browser, in WPS without it, and in tests it does not. Functions never throw: an
 * expected problem becomes a cell error carrying the cashier's words.
 *
 * Which error: #VALUE! for an argument that cannot be read, #N/A for an answer that does not
 * exist (a customer not in the range, a ratio with nothing to divide by). Excel shows a message
 * only with these two, so every problem with words goes to one of them; #NUM! (which Excel shows
 * bare) is kept for an amount beyond what the engine can count.
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
  readonly ErrorCode: {
    readonly invalidValue: string;
    readonly notAvailable?: string;
    readonly invalidNumber?: string;
  };
}

type ErrorKind = 'invalidValue' | 'notAvailable' | 'invalidNumber';

const EXCEL_CODES: Readonly<Record<ErrorKind, string>> = {
  invalidValue: '#VALUE!',
  notAvailable: '#N/A',
  invalidNumber: '#NUM!',
};

/** Codes whose answer does not exist rather than whose input is wrong. */
const NOT_AVAILABLE = /^(functions\.customer-not-found|metrics\.)/;

export function customFunctionsHost(): CustomFunctionsHost | undefined {
  return (globalThis as { CustomFunctions?: CustomFunctionsHost }).CustomFunctions;
}

/** The cell error for a Problem: Excel's own Error object inside Excel, the same shape outside. */
export function invalidValue(problem: Problem): CellError {
  return cellErrorFor(problem);
}

/** The error kind a problem calls for, with its words where Excel can show them. */
export function cellErrorFor(problem: Problem): CellError {
  if (problem.code === 'amount.too-large') return makeError('invalidNumber');

  const kind: ErrorKind = NOT_AVAILABLE.test(problem.code) ? 'notAvailable' : 'invalidValue';
  return makeError(kind, describeProblem(problem, functionLanguage()));
}

function makeError(kind: ErrorKind, message?: string): CellError {
  const host = customFunctionsHost();
  const code = host?.ErrorCode[kind] ?? EXCEL_CODES[kind];
  if (!host) return message === undefined ? { code } : { code, message };
  return message === undefined ? new host.Error(code) : new host.Error(code, message);
}

/** A problem found in one row of a range, told with the argument and the row it is in. */
export function rowProblem(problem: Problem, argument: string, row: number): Problem {
  return {
    code: 'functions.in-row',
    detail: {
      argument,
      row,
      reasonZh: describeProblem(problem, 'zh'),
      reasonEn: describeProblem(problem, 'en'),
    },
  };
}

/** True for what a function returns when it failed. */
export function isCellError(value: unknown): value is CellError {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    typeof (value as { code?: unknown }).code === 'string'
  );
}

/**
 * Office's display language when known (zh* reads Chinese), else English. Messages and labels
 * follow the language Excel itself speaks to the cashier.
 */
export function functionLanguage(): Lang {
  const office = (globalThis as { Office?: { context?: { displayLanguage?: string } } }).Office;
  const language = office?.context?.displayLanguage ?? '';
  return language.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}
