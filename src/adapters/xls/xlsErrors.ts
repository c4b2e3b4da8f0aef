import { CashierError } from '../../domain/problem';

/**
 * The bytes claim to be a binary .xls (an OLE compound file) but cannot be read: truncated, a
 * sector chain that loops or leaves the file, records that run past their stream. The file, not a
 * bug. `reason` is a stable short token (for example "fat-chain-loop") said inside the words.
 */
export class UnreadableXlsError extends CashierError {
  readonly code = 'xls.unreadable';

  constructor(readonly reason: string) {
    super(`This file is not a readable .xls workbook (${reason}).`);
  }
}

/** The .xls is protected with a password (a FILEPASS record): its cells are encrypted. */
export class EncryptedXlsError extends CashierError {
  readonly code = 'xls.encrypted';
  readonly reason = 'filepass';

  constructor() {
    super('This .xls workbook is protected with a password.');
  }
}

/** An .xls from Excel 5/95 (BIFF5) or older, whose text depends on a code page: not read. */
export class OldXlsVersionError extends CashierError {
  readonly code = 'xls.too-old';

  constructor(readonly reason: string) {
    super(`This .xls workbook was saved by Excel 95 or older (${reason}).`);
  }
}

/** A write was asked of a workbook read from .xls bytes, which is only ever read. */
export class XlsReadOnlyError extends CashierError {
  readonly code = 'bug.xls-read-only';

  constructor(readonly action: string) {
    super(`A workbook read from an .xls file cannot be written (${action}).`);
  }
}
