/**
 * Expected business outcomes travel as values, not exceptions: a cell that is not an amount, a row
 * that is not a ledger entry. A Problem carries a stable code and the facts the cashier needs; the
 * words come from the message table (messages.ts), in Chinese and English.
 */
export interface Problem {
  /** Stable, machine-readable reason, e.g. "amount.not-a-number". Listed in messages.ts. */
  readonly code: string;
  /** Facts to fill into the message: the text seen, the column, a limit. */
  readonly detail?: Readonly<Record<string, string | number>>;
}

export type Outcome<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: Problem };

export function success<T>(value: T): Outcome<T> {
  return { ok: true, value };
}

export function failure<T = never>(
  code: string,
  detail?: Readonly<Record<string, string | number>>,
): Outcome<T> {
  return detail === undefined
    ? { ok: false, problem: { code } }
    : { ok: false, problem: { code, detail } };
}

/**
 * Misuse and broken invariants throw one of these: a bug, never the cashier's data. Each subclass
 * has one reason and a stable code, so errors can cross runtimes as plain { code, message } data.
 */
export abstract class CashierError extends Error {
  abstract readonly code: string;

  toJSON(): { code: string; message: string } {
    return { code: this.code, message: this.message };
  }
}

/** An argument broke a function's documented contract (a programming error in the caller). */
export class InvalidArgumentError extends CashierError {
  readonly code = 'bug.invalid-argument';
}

/** The engine found its own result inconsistent (totals that do not add up): always a bug. */
export class InvariantBrokenError extends CashierError {
  readonly code = 'bug.invariant-broken';
}
