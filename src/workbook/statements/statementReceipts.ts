/**
 * The receipts statement imports brought into the ledger. They live in the 收款匹配 Matches
 * sheet's records, not in the cashier's own sheets, so structuring alone never finds them; every
 * workflow that reads the ledger adds them here, or a run after an import would age, score, write
 * letters and rewrite 台账 as if the money had never come in.
 */
import type { StructureResult } from '../structure/structureTypes';
import type { WorkbookPort } from '../workbookPort';
import { readMatchRecords } from './matchesSheet';

/** The structured workbook with every matched or confirmed statement receipt added to its entries. */
export async function withStatementReceipts(
  port: WorkbookPort,
  structure: StructureResult,
): Promise<StructureResult> {
  const records = await readMatchRecords(port);
  const receipts = records.flatMap((record) => record.entries);
  return receipts.length === 0
    ? structure
    : { ...structure, entries: [...structure.entries, ...receipts] };
}
