/**
 * Receipts a statement import put in the ledger have no row in the cashier's sheets: verify checks
 * them against the import's records on the 收款匹配 Matches sheet, so a statement receipt that is
 * edited, removed or made up is named like any other ledger row.
 */
import path from 'node:path';

import { openXlsx, type XlsxWorkbook } from '../../../src/adapters/xlsx';
import { main } from '../../../src/cli/main';
import { verifyWorkbook } from '../../../src/workbook/audit';
import { withStatementReceipts } from '../../../src/workbook/statements/statementReceipts';
import { structureWorkbook } from '../../../src/workbook/structure/structureWorkbook';
import { writeStructure } from '../../../src/workbook/structure/writeStructure';
import type { OwnedCell, OwnedTable, WorkbookPort } from '../../../src/workbook/workbookPort';
import { STATEMENT_BOOK } from '../../fixtures/statements/statementBook';
import { seedToXlsx } from '../../support/seedXlsx';
import { memoryCliIo } from '../../support/memoryCliIo';

const FIXTURES = path.resolve(__dirname, '../../fixtures/statements');
const AMOUNT = 8;

/** A ledger after `cashier-desk match` with a bank and a WeChat Pay statement, reopened. */
async function matchedWorkbook(): Promise<XlsxWorkbook> {
  const files = new Map<string, Uint8Array | string>([
    ['in.xlsx', await seedToXlsx(STATEMENT_BOOK)],
  ]);
  const io = memoryCliIo(files, FIXTURES);
  const statements = ['icbc-2026-11.gbk.csv', 'wechat-2026-11.utf8bom.csv'];
  const args = statements.flatMap((file) => ['--statement', file]);
  await main(['match', 'in.xlsx', ...args, '-o', 'out.xlsx'], io);
  return openXlsx(files.get('out.xlsx') as Uint8Array);
}

/** The ledger table as Cashier Desk writes it, with statement receipts, changed by `change`. */
async function rewriteLedger(
  port: XlsxWorkbook,
  change: (rows: OwnedCell[][]) => OwnedCell[][],
): Promise<void> {
  const captured: OwnedTable[] = [];
  const catcher: WorkbookPort = {
    describe: () => port.describe(),
    readMergedAreas: (sheet) => port.readMergedAreas(sheet),
    readSheet: (sheet) => port.readSheet(sheet),
    writeOwnedTable: async (table) => {
      captured.push(table);
    },
    deleteOwnedSheet: async () => undefined,
    readStoredValues: () => port.readStoredValues(),
    writeStoredValues: async () => undefined,
  };
  const written = await writeStructure(
    catcher,
    await withStatementReceipts(port, await structureWorkbook(port)),
  );
  const ledger = captured.find((table) => table.sheet === written.ledger)!;
  await port.writeOwnedTable({ ...ledger, rows: change(ledger.rows.map((row) => [...row])) });
}

const isStatementRow = (row: readonly OwnedCell[]) => String(row[0]).startsWith('statement:');

describe('verify over statement receipts', () => {
  jest.setTimeout(120_000);

  it('finds a matched workbook clean, its statement receipts checked like every ledger row', async () => {
    const port = await matchedWorkbook();
    const result = await verifyWorkbook(port);

    expect(result.findings).toEqual([]);
    expect(result.notes).toEqual([]);
    const ids: string[] = [];
    for await (const block of port.readSheet('台账')) {
      ids.push(...block.values.map((row) => String(row[0])));
    }
    const receipts = ids.filter((id) => id.startsWith('statement:'));
    expect(receipts.length).toBeGreaterThan(0);
    expect(result.ledgerRows).toBe(ids.length - 1);
  });

  it('names an edited, a removed and a made-up statement receipt', async () => {
    const port = await matchedWorkbook();
    let removedId = '';
    let editedId = '';
    await rewriteLedger(port, (rows) => {
      const receipts = rows.filter(isStatementRow);
      const edited = receipts[0]!;
      editedId = String(edited[0]);
      edited[AMOUNT] = (edited[AMOUNT] as number) - 100;
      removedId = String(receipts[1]![0]);
      const kept = rows.filter((row) => row[0] !== removedId);
      kept.push(['statement:forged-1', ...edited.slice(1)]);
      return kept;
    });

    const { findings } = await verifyWorkbook(port);
    const seen = findings.map((f) => [f.kind, f.problem.code, f.problem.detail?.key]);

    expect(seen).toEqual(
      expect.arrayContaining([
        ['edited', 'verify.cell-edited', editedId],
        ['removed', 'verify.row-removed', removedId],
        ['inserted', 'verify.row-inserted', 'statement:forged-1'],
      ]),
    );
    expect(findings).toHaveLength(3);
  });
});
