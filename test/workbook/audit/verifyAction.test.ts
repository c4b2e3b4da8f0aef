/**
 * The Verify button's run in Excel, over the strict twin through ExcelWorkbook: a workbook as
 * Cashier Desk left it gives a summary with no findings; a ledger cell edited by hand and an audit
 * row deleted are each a note the task pane words with sheet and row. The twin records writes:
 * verifying adds none.
 */
import { runVerify } from '../../../src/commands/verifyAction';
import { describeProblem } from '../../../src/domain/messages';
import {
  AUDIT_SHEET,
  readAuditRows,
  recordRun,
  structureRunRecord,
} from '../../../src/workbook/audit';
import { auditTable } from '../../../src/workbook/audit/auditSheet';
import { structureWorkbook } from '../../../src/workbook/structure/structureWorkbook';
import { writeStructure } from '../../../src/workbook/structure/writeStructure';
import type { OwnedTable, WorkbookPort } from '../../../src/workbook/workbookPort';
import { excelOverTwin } from '../../adapters/excelTwinSubject';
import { CHINESE_WORKBOOK } from '../../fixtures/chineseWorkbook';

const T1 = '2026-03-05T09:00:00+08:00';
const T2 = '2026-03-06T09:00:00+08:00';
const AMOUNT = 8;

async function structuredTwice() {
  const subject = excelOverTwin(CHINESE_WORKBOOK);
  const result = await structureWorkbook(subject.port);
  await writeStructure(subject.port, result);
  await recordRun(subject.port, structureRunRecord(T1, 'structure', result));
  await recordRun(subject.port, structureRunRecord(T2, 'structure', result));
  return subject;
}

/** The ledger table structuring writes, caught before it reaches the workbook. */
async function ledgerTable(port: WorkbookPort): Promise<OwnedTable> {
  const caught: OwnedTable[] = [];
  const written = await writeStructure(
    {
      ...port,
      describe: () => port.describe(),
      readSheet: (sheet, options) => port.readSheet(sheet, options),
      readMergedAreas: (sheet) => port.readMergedAreas(sheet),
      readStoredValues: () => port.readStoredValues(),
      writeStoredValues: async () => undefined,
      deleteOwnedSheet: async () => undefined,
      writeOwnedTable: async (table) => {
        caught.push(table);
      },
    },
    await structureWorkbook(port),
  );
  return caught.find((table) => table.sheet === written.ledger)!;
}

describe('the Verify button', () => {
  it('finds nothing in a workbook as Cashier Desk left it, and writes nothing', async () => {
    const { twin, port } = await structuredTwice();
    const before = twin.dump();

    const finished = await runVerify({ port });

    expect(finished.outcome).toMatchObject({
      code: 'verify.summary',
      detail: { auditRows: 2, findings: 0 },
    });
    expect(finished.notes).toEqual([]);
    expect(describeProblem(finished.outcome, 'en')).toMatch(
      /^Checked 2 audit rows, \d+ ledger rows and \d+ customer rows: 0 findings\.$/,
    );
    expect(twin.dump()).toEqual(before);
  });

  it('names a ledger cell edited by hand and a deleted audit row, each with its sheet and row', async () => {
    const { port } = await structuredTwice();
    const ledger = await ledgerTable(port);
    const rows = ledger.rows.map((row) => [...row]);
    rows[0]![AMOUNT] = (rows[0]![AMOUNT] as number) + 1;
    await port.writeOwnedTable({ ...ledger, rows });
    const trail = await readAuditRows(port, AUDIT_SHEET);
    await port.writeOwnedTable(auditTable(AUDIT_SHEET, [trail[1]!]));

    const finished = await runVerify({ port });

    expect(finished.outcome.detail?.findings).toBe(2);
    expect(finished.notes.map((note) => note.code)).toEqual([
      'audit.rows-removed-before',
      'verify.cell-edited',
    ]);
    expect(finished.notes[1]!.detail).toMatchObject({ sheet: '台账', row: 2 });
    for (const note of finished.notes) {
      expect(describeProblem(note, 'zh')).not.toContain('{');
      expect(describeProblem(note, 'en')).not.toContain('{');
    }
  });
});
