/**
 * The 核对工作簿 Verify workbook button's run: verifyWorkbook over the open workbook (it writes
 * nothing), its summary as the outcome and every finding as a note naming the sheet, the row and
 * what differs, so the task pane lists what `cashier-desk verify` prints.
 */
import type { Problem } from '../domain/problem';
import { verifySummary, verifyWorkbook } from '../workbook/audit';
import type { PaneScreen } from '../workbook/runInbox';
import type { WorkbookPort } from '../workbook/workbookPort';

/** As many findings as the pane lists; the summary still counts them all. */
export const LISTED_FINDINGS = 200;

export interface VerifyFinished {
  readonly outcome: Problem;
  readonly notes: readonly Problem[];
  readonly sheets: readonly string[];
  readonly screen: PaneScreen;
  /** Open the pane even when nothing was found, so the cashier sees the check was made. */
  readonly showPane: boolean;
}

export async function runVerify(host: { readonly port: WorkbookPort }): Promise<VerifyFinished> {
  const result = await verifyWorkbook(host.port);
  const { findings } = result;

  const notes: Problem[] = findings.slice(0, LISTED_FINDINGS).map((finding) => finding.problem);
  if (findings.length > LISTED_FINDINGS) {
    notes.push({
      code: 'verify.more-findings',
      detail: { count: findings.length - LISTED_FINDINGS },
    });
  }
  notes.push(...result.notes);

  return {
    outcome: verifySummary(result),
    notes,
    sheets: [],
    screen: 'overview',
    showPane: true,
  };
}
