/**
 * Every command that saves a workbook leaves its run on the audit trail, and the saved workbook
 * verifies clean. (structure, aging, letters and match are followed step by step in
 * cashierCellsUntouched.test.ts; this covers the rest.)
 */
import { openXlsx } from '../../../src/adapters/xlsx';
import { main } from '../../../src/cli/main';
import { AUDIT_SHEET, readAuditRows, verifyWorkbook } from '../../../src/workbook/audit';
import { CHINESE_WORKBOOK } from '../../fixtures/chineseWorkbook';
import { seedToXlsx } from '../../support/seedXlsx';
import { memoryCliIo } from '../../support/memoryCliIo';

async function run(args: string[], input: Uint8Array): Promise<Uint8Array> {
  const files = new Map<string, Uint8Array | string>([['in.xlsx', input]]);
  const io = memoryCliIo(files);
  await main(args, io);
  return files.get('out.xlsx') as Uint8Array;
}

describe('commands that save a workbook', () => {
  it.each([
    ['demo', ['demo', 'in.xlsx', '-o', 'out.xlsx', '--as-of', '2024-03-31']],
    ['predict', ['predict', 'in.xlsx', '--as-of', '2024-03-31', '-o', 'out.xlsx']],
  ])('%s records its run with the as-of date and verifies clean', async (action, args) => {
    const saved = await run(args, await seedToXlsx(CHINESE_WORKBOOK));

    const port = await openXlsx(saved);
    const trail = await readAuditRows(port, AUDIT_SHEET);
    expect(trail.map((row) => [row.action, row.result])).toEqual([[action, 'as of 2024-03-31']]);
    expect(trail[0]!.rowsIn).toBeGreaterThan(0);
    expect((await verifyWorkbook(port)).findings).toEqual([]);
  });
});
