import { CashierError } from '../domain/problem';

/** A workflow asked to write a sheet the cashier made: a bug, since workflows pick free names. */
export class SheetNotOwnedError extends CashierError {
  readonly code = 'bug.sheet-not-owned';

  constructor(readonly sheet: string) {
    super(`Refusing to write "${sheet}": it is the cashier's own sheet.`);
  }
}

/** A sheet that was asked for does not exist (it may have been renamed or deleted meanwhile). */
export class SheetMissingError extends CashierError {
  readonly code = 'workbook.sheet-missing';

  constructor(readonly sheet: string) {
    super(`There is no sheet named "${sheet}".`);
  }
}

/** The cashier or the host cancelled a long run. */
export class CancelledError extends CashierError {
  readonly code = 'cancelled';

  constructor() {
    super('Cancelled.');
  }
}
