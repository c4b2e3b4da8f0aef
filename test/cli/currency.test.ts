import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { openXlsx } from '../../src/adapters/xlsx';
import { EXIT } from '../../src/cli/cliIo';
import type { CellValue } from '../../src/workbook/workbookPort';
import { DEFAULT_WORKBOOK_SETTINGS, writeSettingsSheet } from '../../src/workbook/settings';
import { ibmWorkbook } from '../fixtures/ibmSample';
import { seedToXlsx } from '../support/seedXlsx';
import { sheetCells } from '../workbook/receivables/receivablesFixtures';
import { runCli, tempDir } from './cliHarness';

let dir: string;
let ibm: string;
beforeAll(async () => {
  dir = tempDir();
  ibm = path.join(dir, 'ibm.xlsx');
  writeFileSync(ibm, await seedToXlsx(ibmWorkbook().seed));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The IBM workbook with a Settings sheet whose 默认币种 is `currency`. */
async function ibmWithSetting(currency: string): Promise<string> {
  const port = await openXlsx(new Uint8Array(readFileSync(ibm)));
  await writeSettingsSheet(port, { ...DEFAULT_WORKBOOK_SETTINGS, defaultCurrency: currency });
  const file = path.join(dir, `ibm-${currency}.xlsx`);
  writeFileSync(file, await port.save());
  return file;
}

/** The distinct values of the 币种 Currency column of an owned sheet of the saved workbook. */
async function currenciesOf(file: string, sheet: string): Promise<CellValue[]> {
  const cells = await sheetCells(await openXlsx(new Uint8Array(readFileSync(file))), sheet);
  const column = cells[0]!.indexOf('币种 Currency');
  return [...new Set(cells.slice(1).map((row) => row[column] ?? null))];
}

describe('--currency and the Settings sheet’s default currency on the IBM sample', () => {
  it('structure --currency USD writes 100 customers and every ledger entry in USD', async () => {
    const out = path.join(dir, 'flag.xlsx');

    const run = await runCli(['structure', ibm, '-o', out, '--currency', 'usd', '--lang', 'en']);

    expect(run.code).toBe(EXIT.ok);
    expect(run.out).toMatch(/USD\s+[\d,]+\.\d\d/);
    expect(run.out).not.toMatch(/CNY/);
    expect(await currenciesOf(out, '客户档案')).toEqual(['USD']);
    expect(await currenciesOf(out, '台账')).toEqual(['USD']);
  }, 60_000);

  it('structure reads USD from the Settings sheet without the flag', async () => {
    const out = path.join(dir, 'setting.xlsx');

    const run = await runCli(['structure', await ibmWithSetting('USD'), '-o', out]);

    expect(run.code).toBe(EXIT.ok);
    expect(await currenciesOf(out, '客户档案')).toEqual(['USD']);
    expect(await currenciesOf(out, '台账')).toEqual(['USD']);
  }, 60_000);

  it('aging takes the flag over the Settings sheet', async () => {
    const out = path.join(dir, 'aged.xlsx');
    const csv = path.join(dir, 'aged.csv');

    const run = await runCli([
      'aging',
      await ibmWithSetting('EUR'),
      '--as-of',
      '2013-06-30',
      '--currency',
      'USD',
      '--csv',
      csv,
      '-o',
      out,
    ]);

    expect(run.code).toBe(EXIT.ok);
    expect(await currenciesOf(out, '客户档案')).toEqual(['USD']);
    expect(await currenciesOf(out, '台账')).toEqual(['USD']);
  }, 60_000);

  it.each([['structure'], ['aging'], ['letters'], ['match'], ['predict'], ['backtest']])(
    '%s refuses a currency that is not a 3-letter code, in words, with the usage exit',
    async (command) => {
      const needs: Record<string, string[]> = {
        structure: ['-o', path.join(dir, 'x.xlsx')],
        aging: ['--as-of', '2013-06-30'],
        letters: ['--as-of', '2013-06-30', '--out', dir],
        match: ['--statement', 'none.csv', '-o', path.join(dir, 'x.xlsx')],
        predict: ['--as-of', '2013-06-30'],
        backtest: ['--from', '2013-01-01', '--to', '2013-06-30'],
      };

      const run = await runCli([command, ibm, ...needs[command]!, '--currency', 'dollars']);

      expect(run.code).toBe(EXIT.usage);
      expect(run.err).toContain('币种“dollars”应为三位字母的币种代码');
    },
  );
});
