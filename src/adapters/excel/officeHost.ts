/**
 * How the Excel adapter reaches Office: Excel.run and the requirement-set check, both injectable so
 * tests run the adapter against the strict twin. Office quirks that are about the host rather than
 * the workbook (cell-edit mode, missing Office) are handled here.
 */
import { CashierError } from '../../domain/problem';

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface ExcelHostOptions {
  /** Office.context.requirements.isSetSupported, or a stand-in. */
  readonly isSetSupported?: (name: string, version: string) => boolean;
  /** Pause between cell-edit-mode retries; tests pass one that does not sleep. */
  readonly wait?: (milliseconds: number) => Promise<void>;
}

/** The adapter was used where Office.js is not loaded (the command line, a test without a twin). */
export class ExcelUnavailableError extends CashierError {
  readonly code = 'excel.unavailable';

  constructor() {
    super('Excel is not available here: Office.js is not loaded.');
  }
}

/** Excel stayed in cell-edit mode through every retry. */
export class ExcelBusyError extends CashierError {
  readonly code = 'excel.cell-edit-mode';

  constructor() {
    super('Excel is busy: a cell is being edited. Press Enter or Esc and try again.');
  }
}

export const defaultRun: ExcelRun = (batch) => {
  if (typeof Excel === 'undefined') return Promise.reject(new ExcelUnavailableError());
  return Excel.run(batch);
};

export function defaultIsSetSupported(name: string, version: string): boolean {
  // Outside Office (command line, tests) nothing is supported, so the adapter takes its fallbacks.
  if (typeof Office === 'undefined' || !Office.context?.requirements) return false;
  return Office.context.requirements.isSetSupported(name, version);
}

export function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

// While the cashier is typing in a cell Excel rejects every batch; it clears once they press Enter.
const EDIT_MODE_DELAYS_MS = [250, 500, 1000, 2000, 4000];

/** Runs a batch, retrying while Excel is in cell-edit mode. */
export async function runWithRetry<T>(
  run: ExcelRun,
  batch: (context: Excel.RequestContext) => Promise<T>,
  wait: (milliseconds: number) => Promise<void>,
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await run(batch);
    } catch (error) {
      if (errorCode(error) !== 'InvalidOperationInCellEditMode') throw error;
      const delay = EDIT_MODE_DELAYS_MS[attempt];
      if (delay === undefined) throw new ExcelBusyError();
      await wait(delay);
    }
  }
}

export function sleep(milliseconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}
