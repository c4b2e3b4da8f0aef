import { openXlsx } from '../../src/adapters/xlsx';
import type { CliIo } from '../../src/cli/cliIo';
import { main } from '../../src/cli/main';
import { verifyWorkbook } from '../../src/workbook/audit';
import { ageWorkbook } from '../../src/workbook/receivables';
import { structureWorkbook } from '../../src/workbook/structure/structureWorkbook';
import { writeStructure } from '../../src/workbook/structure/writeStructure';
import type { CellValue } from '../../src/workbook/workbookPort';
import { seedToXlsx } from '../support/seedXlsx';
import { memoryCliIo } from '../support/memoryCliIo';

function memoryIo(files: Map<string, Uint8Array | string>): CliIo & { printed: string[] } {
  return memoryCliIo(files);
}

describe('limits', () => {
  // The 10,000-customer run takes about 20 s of CPU (structure, write, aging, verify); on the
  // shared 2-core machine under a load of 8-10 that was 155 s of wall time, past a 120 s limit.
  jest.setTimeout(600_000);

  it('keeps 10,000 customers apart, ages them and verifies clean', async () => {
    const cells: CellValue[][] = [['日期', '客户名称', '类型', '金额']];
    for (let i = 0; i < 10_000; i++) cells.push(['2024-03-05', `客户${i}号商行`, '应收', 100 + i]);
    const port = await openXlsx(await seedToXlsx({ sheets: [{ name: '应收', cells }] }));

    const result = await structureWorkbook(port);
    expect(result.customers).toHaveLength(10_000);
    await writeStructure(port, result);
    const run = await ageWorkbook(port, { asOf: '2024-06-30' as never });
    expect(run.ok && run.figures.aging.customers.length).toBe(10_000);
    expect((await verifyWorkbook(await openXlsx(await port.save()))).findings).toEqual([]);
  });

  it.each([
    ['structure', ['structure', 'empty.xlsx', '-o', 'out.xlsx', '--lang', 'en'], 0],
    ['aging', ['aging', 'empty.xlsx', '--as-of', '2024-06-30', '--lang', 'en'], 65],
    ['verify', ['verify', 'empty.xlsx', '--lang', 'en'], 0],
  ] as const)(
    'gives an empty workbook to %s and gets words and exit %i, not a crash',
    async (_, args, code) => {
      const files = new Map<string, Uint8Array | string>([
        ['empty.xlsx', await seedToXlsx({ sheets: [{ name: 'Sheet1', cells: [] }] })],
      ]);
      const io = memoryIo(files);
      expect(await main([...args], io)).toBe(code);
      expect(io.printed.join('').trim().length).toBeGreaterThan(0);
      expect(io.printed.join('')).not.toMatch(/Internal error|at \w+ \(/);
    },
  );

  it('answers a file that is not an .xlsx at all with exit 66 and the reason', async () => {
    const files = new Map<string, Uint8Array | string>([['junk.xlsx', 'this is not a zip']]);
    const io = memoryIo(files);
    expect(await main(['verify', 'junk.xlsx', '--lang', 'en'], io)).toBe(66);
    expect(io.printed.join('')).toMatch(/junk\.xlsx/);
  });
});
