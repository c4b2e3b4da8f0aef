/**
 * The audit trail's rows without their number, time and hashes: what a run's row can be compared
 * on, whichever entry point (command line, ribbon, task pane) appended it.
 */
import { AUDIT_SHEET, readAuditRows } from '../../src/workbook/audit';
import type { WorkbookPort } from '../../src/workbook/workbookPort';

export async function comparableTrail(port: WorkbookPort) {
  return (await readAuditRows(port, AUDIT_SHEET)).map((row) => ({
    action: row.action,
    fingerprint: row.fingerprint,
    rowsIn: row.rowsIn,
    amountsIn: row.amountsIn,
    rowsOut: row.rowsOut,
    amountsOut: row.amountsOut,
    result: row.result,
  }));
}
