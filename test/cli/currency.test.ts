import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { openXlsx } from '../../src/adapters/xlsx';
import { EXIT } from '../../src/cli/cliIo';
import type { CellValue } from '../../src/workbook/workbookPort';
import {
  DEFAULT_WORKBOOK_SETTINGS,
  settingsTable,
  writeSettingsSheet,
} from '../../src/workbook/settings';
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

  it('keeps the flag on the saved Settings sheet, so a later aging and verify read USD too', async () => {
    const structured = path.join(dir, 'kept.xlsx');
    const aged = path.join(dir, 'kept-aged.xlsx');

    await runCli(['structure', ibm, '-o', structured, '--currency', 'USD']);
    const aging = await runCli(['aging', structured, '--as-of', '2013-06-30', '-o', aged]);
    const verify = await runCli(['verify', aged]);

    expect(aging.code).toBe(EXIT.ok);
    expect(await currenciesOf(aged, '台账')).toEqual(['USD']);
    expect(verify.code).toBe(EXIT.ok);
  }, 120_000);

  it('leaves a Settings sheet it cannot read as the cashier typed it, and says so', async () => {
    const port = await openXlsx(new Uint8Array(readFileSync(await ibmWithSetting('EUR'))));
    const cells = await sheetCells(port, '设置');
    const terms = cells.findIndex((row) => row[0] === 'defaultTermsDays');
    const rows = cells
      .slice(1)
      .map((row, i) => (i + 1 === terms ? [row[0], row[1], '九十天', row[3]] : row))
      .map((row) => row.map((cell) => (typeof cell === 'object' ? null : (cell ?? null))));
    await port.writeOwnedTable({ ...settingsTable('设置', DEFAULT_WORKBOOK_SETTINGS), rows });
    const broken = path.join(dir, 'broken-settings.xlsx');
    writeFileSync(broken, await port.save());
    const out = path.join(dir, 'broken-out.xlsx');

    const run = await runCli(['structure', broken, '-o', out, '--currency', 'USD']);

    expect(run.err).toContain('默认币种未写入');
    expect(await currenciesOf(out, '台账')).toEqual(['USD']);
    const kept = await sheetCells(await openXlsx(new Uint8Array(readFileSync(out))), '设置');
    expect(kept.find((row) => row[0] === 'defaultTermsDays')?.[2]).toBe('九十天');
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
