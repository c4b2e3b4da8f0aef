import { CashierError } from '../../domain/problem';

/** The bytes are not an .xlsx workbook, or one too damaged to read: the file, not a bug. */
export class UnreadableWorkbookError extends CashierError {
  readonly code = 'workbook.unreadable';

  constructor(readonly reason: string) {
    super(`This file is not a readable .xlsx workbook (${reason}).`);
  }
}
