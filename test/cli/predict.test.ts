import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { openXlsx } from '../../src/adapters/xlsx';
import { EXIT } from '../../src/cli/cliIo';
import { predictOpenInvoices } from '../../src/domain/behaviour';
import type { IsoDay } from '../../src/domain/isoDay';
import { formatYuanPlain } from '../../src/domain/money';
import { ibmWorkbook } from '../fixtures/ibmSample';
import { ibmInvoiceHistories } from '../support/ibmCsv';
import { seedToXlsx } from '../support/seedXlsx';
import { BEHAVIOUR_LEDGER } from '../workbook/analysis/analysisFixtures';
import { cashierHash } from '../workbook/receivables/receivablesFixtures';
import { runCli, tempDir } from './cliHarness';

let dir: string;
let ibm: string;
let small: string;
beforeAll(async () => {
  dir = tempDir();
  ibm = path.join(dir, 'ibm.xlsx');
  small = path.join(dir, 'small.xlsx');
  writeFileSync(ibm, await seedToXlsx(ibmWorkbook().seed));
  writeFileSync(small, await seedToXlsx(BEHAVIOUR_LEDGER));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function csvLines(file: string): string[] {
  return readFileSync(file, 'utf8')
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');
}

describe('cashier-desk predict', () => {
  it('writes the IBM sample’s open invoices as of 2013-06-30 as CSV, exactly as the engine predicts them', async () => {
    const csv = path.join(dir, 'ibm-predict.csv');
    const asOf = '2013-06-30' as IsoDay;

    const run = await runCli(['predict', ibm, '--as-of', asOf, '--csv', csv]);
    const lines = csvLines(csv);
    const direct = predictOpenInvoices(ibmInvoiceHistories(), asOf);
    const expected = direct.map((p) =>
      [
        p.invoiceId,
        p.customerId,
        formatYuanPlain(p.open),
        p.due,
        p.predicted,
        p.low,
        p.high,
        p.method,
      ].join(','),
    );

    expect(run.code).toBe(EXIT.ok);
    expect(lines[0]).toBe('invoice,customer,amount,due_date,predicted_date,low,high,method');
    expect(lines.slice(1).sort()).toEqual(expected.sort());
    expect(direct.length).toBeGreaterThan(50);
    expect(lines.slice(1).every((line) => /^[^,]+,[^,]+,\d+\.\d\d,/.test(line))).toBe(true);
  }, 60_000);

  it('writes the three analysis sheets into -o and prints the predictions in English', async () => {
    const out = path.join(dir, 'small-out.xlsx');

    const run = await runCli([
      'predict',
      small,
      '--as-of',
      '2024-03-31',
      '-o',
      out,
      '--lang',
      'en',
    ]);
    const port = await openXlsx(new Uint8Array(readFileSync(out)));
    const original = await openXlsx(new Uint8Array(readFileSync(small)));
    const owned = (await port.describe()).sheets.filter((s) => s.owned).map((s) => s.name);

    expect(run.code).toBe(EXIT.ok);
    expect(run.out).toMatch(/INV-4\s+Blue Sky Foods\s+CNY\s+800\.00\s+2024-02-19\s+2024-04-01/);
    expect(run.err).toContain('neither paper nor electronic');
    expect(owned).toEqual(
      expect.arrayContaining(['分析 Analysis', '回款预测 Predictions', '回款计划 Cash plan']),
    );
    expect(await cashierHash(port)).toBe(await cashierHash(original));
  });

  it.each([
    [['predict', 'in.xlsx'], 'no --as-of'],
    [['predict', 'in.xlsx', '--as-of', '2024-02-30'], 'a day that does not exist'],
    [
      ['predict', 'in.xlsx', '--as-of', '2024-03-31', '--from', '1/1/2024'],
      'a --from not in YYYY-MM-DD',
    ],
  ])('exits 64 on %j (%s)', async (argv) => {
    const run = await runCli(argv);

    expect(run.code).toBe(EXIT.usage);
    expect(run.err).not.toBe('');
  });

  it('exits 65 with the reason when the period ends after the as-of date', async () => {
    const run = await runCli([
      'predict',
      small,
      '--as-of',
      '2024-03-31',
      '--to',
      '2024-04-30',
      '--lang',
      'en',
    ]);

    expect(run.code).toBe(EXIT.badInput);
    expect(run.err).toContain('after the as-of date 2024-03-31');
  });
});
