/**
 * Appends to the audit trail: reads the rows already there, adds one per entry with its hash
 * linked to the last, and rewrites the owned sheet whole (owned sheets are always rewritten
 * whole). Re-running a workflow adds one row, which is the history; earlier rows are kept as read.
 */
import { appendAuditRows, type AuditEntry, type AuditRow } from '../../domain/audit/auditChain';
import type { WorkbookPort } from '../workbookPort';
import {
  auditSheetName,
  auditTable,
  AUDIT_HEAD_KEY,
  headValue,
  readAuditRows,
  readHead,
} from './auditSheet';
import { fingerprintCashierSheets } from './fingerprint';
import { storableText } from './storableText';

/** What a caller tells about a run; the fingerprint is taken from the workbook when absent. */
export type RunRecord = Omit<AuditEntry, 'fingerprint'> & { readonly fingerprint?: string };

export interface RecordedRuns {
  readonly sheet: string;
  readonly rows: readonly AuditRow[];
}

/** Appends one row for a run (a workflow, a letter) to the Audit sheet 审计记录. */
export async function recordRun(port: WorkbookPort, entry: RunRecord): Promise<RecordedRuns> {
  return recordRuns(port, [entry]);
}

/** Appends one row per entry, in order, in a single rewrite (a batch of letters). */
export async function recordRuns(
  port: WorkbookPort,
  entries: readonly RunRecord[],
): Promise<RecordedRuns> {
  const facts = await port.describe();
  const stored = await port.readStoredValues();
  const sheet = auditSheetName(facts, readHead(stored));
  const exists = facts.sheets.some((s) => s.owned && s.name === sheet);
  const existing = exists ? await readAuditRows(port, sheet) : [];

  const needsFingerprint = entries.some((entry) => entry.fingerprint === undefined);
  const fingerprint = needsFingerprint ? await fingerprintCashierSheets(port) : '';
  const rows = appendAuditRows(
    existing,
    entries.map((entry) =>
      storableEntry({ ...entry, fingerprint: entry.fingerprint ?? fingerprint }),
    ),
  );

  await port.writeOwnedTable(auditTable(sheet, rows));
  await port.writeStoredValues({ ...stored, [AUDIT_HEAD_KEY]: headValue(sheet, rows) });
  return { sheet, rows };
}

// The row is hashed as the sheet will hold it, so reading it back gives the same hash.
function storableEntry(entry: AuditEntry): AuditEntry {
  const text = (value: string) => storableText(value.replace(/[\t\r\n]+/g, ' '), 2000);
  const count = (value: number) => (Number.isSafeInteger(value) && value >= 0 ? value : 0);
  return {
    time: text(entry.time),
    action: text(entry.action),
    fingerprint: text(entry.fingerprint),
    rowsIn: count(entry.rowsIn),
    amountsIn: text(entry.amountsIn),
    rowsOut: count(entry.rowsOut),
    amountsOut: text(entry.amountsOut),
    result: text(entry.result),
  };
}
