import path from 'node:path';

import { openXlsx } from '../../../src/adapters/xlsx';
import type { CliIo } from '../../../src/cli/cliIo';
import { main } from '../../../src/cli/main';
import { AUDIT_SHEET, readAuditRows, recordRun, verifyWorkbook } from '../../../src/workbook/audit';
import { assessCredit, runReceivables } from '../../../src/workbook/receivables';
import { STATEMENT_BOOK } from '../../fixtures/statements/statementBook';
import { openLedger } from '../collections/lettersWorkbook';
import { seedToXlsx } from '../../support/seedXlsx';
import { dumpXlsx } from '../../support/xlsxSubject';
import { memoryCliIo } from '../../support/memoryCliIo';

const FIXTURES = path.resolve(__dirname, '../../fixtures/statements');

function memoryIo(files: Map<string, Uint8Array | string>): CliIo {
  return memoryCliIo(files, FIXTURES);
}

/** The cashier's sheets of a saved workbook: every cell's value and number format. */
async function cashierCells(bytes: Uint8Array): Promise<unknown> {
  const port = await openXlsx(bytes);
  const owned = new Set((await port.describe()).sheets.filter((s) => s.owned).map((s) => s.name));
  return (await dumpXlsx(bytes))
    .filter((sheet) => !owned.has(sheet.name))
    .map((s) => [s.name, s.visibility, s.cells, s.numberFormats]);
}

describe("the cashier's own sheets", () => {
  it('come out of structure, aging, letters, match and verify cell for cell as they went in', async () => {
    const input = await (await openLedger()).save();
    const files = new Map<string, Uint8Array | string>([['in.xlsx', input]]);
    const io = memoryIo(files);
    const before = await cashierCells(input);

    const steps: [string, string[]][] = [
      ['1.xlsx', ['structure', 'in.xlsx', '-o', '1.xlsx']],
      ['2.xlsx', ['aging', '1.xlsx', '--as-of', '2026-12-03', '-o', '2.xlsx', '--csv', 'a.csv']],
      ['3.xlsx', ['letters', '2.xlsx', '--as-of', '2026-12-03', '--out', 'out', '-o', '3.xlsx']],
      ['4.xlsx', ['match', '3.xlsx', '--statement', 'bank-en-2026-11.csv', '-o', '4.xlsx']],
    ];
    for (const [output, args] of steps) {
      await main(args, io);
      expect([output, await cashierCells(files.get(output) as Uint8Array)]).toEqual([
        output,
        before,
      ]);
    }
    expect(await main(['verify', '4.xlsx'], io)).toBe(0);

    const trail = await readAuditRows(
      await openXlsx(files.get('4.xlsx') as Uint8Array),
      AUDIT_SHEET,
    );
    expect(trail.map((row) => row.action)).toEqual([
      'structure',
      'aging',
      'letters',
      ...trail.filter((row) => row.action === 'letter').map(() => 'letter'),
      'match',
    ]);
    expect(trail.filter((row) => row.action === 'letter').length).toBeGreaterThan(0);
    expect(trail.every((row) => row.fingerprint === trail[0]!.fingerprint)).toBe(true);
  });

  it('come out of the receivables workflows (aging, open items, credit) and the trail unchanged', async () => {
    const input = await seedToXlsx(STATEMENT_BOOK);
    const before = await cashierCells(input);
    const port = await openXlsx(input);

    const run = await runReceivables(port, { asOf: '2026-11-30' as never });
    expect(run.ok).toBe(true);
    await assessCredit(port, { asOf: '2026-11-30' as never });
    await recordRun(port, {
      time: '2026-12-03T09:00:00Z',
      action: 'credit',
      rowsIn: 0,
      amountsIn: '',
      rowsOut: 0,
      amountsOut: '',
      result: 'ok',
    });
    const saved = await port.save();

    expect(await cashierCells(saved)).toEqual(before);
    expect((await verifyWorkbook(await openXlsx(saved))).findings).toEqual([]);
  });
});
