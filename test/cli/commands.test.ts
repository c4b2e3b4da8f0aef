import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { openXlsx } from '../../src/adapters/xlsx';
import { EXIT } from '../../src/cli/cliIo';
import type { IsoDay } from '../../src/domain/isoDay';
import { ageReceivables, allocateReceipts } from '../../src/domain/receivables';
import { formatYuanPlain } from '../../src/domain/money';
import { ibmWorkbook } from '../fixtures/ibmSample';
import { ibmLedger } from '../support/ibmLedger';
import { seedToXlsx } from '../support/seedXlsx';
import { SMALL_LEDGER, cashierHash, sheetCells } from '../workbook/receivables/receivablesFixtures';
import { runCli, tempDir } from './cliHarness';

const SAMPLE = path.join(__dirname, '../../assets/sample-ledger.xlsx');
const HEADER =
  'customer,open_balance,current,d1_30,d31_60,d61_90,d91_180,d181_365,over_365,unapplied';

let dir: string;
let small: string;
beforeAll(async () => {
  dir = tempDir();
  small = path.join(dir, 'small.xlsx');
  writeFileSync(small, await seedToXlsx(SMALL_LEDGER));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('cashier-desk structure', () => {
  it('writes the input with the owned sheets, a JSON report, and a summary per sheet', async () => {
    const out = path.join(dir, 'structured.xlsx');
    const report = path.join(dir, 'report.json');

    const run = await runCli(['structure', SAMPLE, '-o', out, '--report', report, '--lang', 'en']);
    const port = await openXlsx(new Uint8Array(readFileSync(out)));
    const original = await openXlsx(new Uint8Array(readFileSync(SAMPLE)));
    const json = JSON.parse(readFileSync(report, 'utf8'));

    expect(run.code).toBe(EXIT.findings);
    expect(run.out).toMatch(/3月\s+ledger\s+19\s+14\s+4\s+1/);
    expect(run.out).toMatch(/CNY\s+3,893,249\.22\s+3,893,249\.22\s+0\.00/);
    expect(run.out).toContain('3月 row 9 D 应收金额: "待定" is not an amount.');
    expect((await port.describe()).sheets.filter((s) => s.owned).map((s) => s.name)).toEqual(
      expect.arrayContaining(['客户档案(2)', '台账', '导入报告']),
    );
    expect(await cashierHash(port)).toBe(await cashierHash(original));
    expect(json.report.rejected).toBe(2);
  });

  it('says in words why a file cannot be opened, with exit 66', async () => {
    const garbage = path.join(dir, 'not-a-workbook.xlsx');
    writeFileSync(garbage, 'just text');

    const missing = await runCli(['structure', path.join(dir, 'nope.xlsx'), '-o', 'x.xlsx']);
    const broken = await runCli(['structure', garbage, '-o', 'x.xlsx', '--lang', 'zh']);

    expect(missing.code).toBe(EXIT.cannotOpen);
    expect(missing.err).toMatch(/nope\.xlsx/);
    expect(broken.code).toBe(EXIT.cannotOpen);
    expect(broken.err).toContain('不是可读取的 .xlsx 工作簿');
    expect(broken.err).not.toMatch(/\n\s+at /);
  });
});

describe('cashier-desk aging', () => {
  it('writes the CSV with the exact header, the TOTAL row and neutralised names', async () => {
    const csv = path.join(dir, 'aging.csv');

    const run = await runCli(['aging', small, '--as-of', '2024-03-31', '--csv', csv]);
    const text = readFileSync(csv, 'utf8');

    expect(run.code).toBe(EXIT.ok);
    expect(text.startsWith(`\uFEFF${HEADER}\r\n`)).toBe(true);
    expect(text).toContain("\r\n'=Evil Corp,99.99,");
    expect(
      text.endsWith('\r\nTOTAL,850.49,250.50,0.00,500.00,0.00,0.00,0.00,99.99,300.00\r\n'),
    ).toBe(true);
  });

  it('prints the table without --csv, and writes the aging sheets with -o', async () => {
    const out = path.join(dir, 'aged.xlsx');

    const run = await runCli([
      'aging',
      small,
      '--as-of',
      '2024-03-31',
      '--basis',
      'entry',
      '-o',
      out,
      '--lang',
      'en',
    ]);
    const port = await openXlsx(new Uint8Array(readFileSync(out)));
    const names = (await port.describe()).sheets.map((s) => s.name);

    expect(run.code).toBe(EXIT.ok);
    expect(run.out).toMatch(/^Customer\s+Currency\s+Open total\s+Not yet due/);
    expect(run.out).toMatch(/TOTAL\s+CNY\s+850\.49/);
    expect(names).toEqual(expect.arrayContaining(['设置', '台账', '账龄分析', '未清明细']));
    expect((await sheetCells(port, '账龄分析')).length).toBe(1 + 3 + 1);
  });

  it.each([
    [['aging', 'in.xlsx'], 'no --as-of'],
    [['aging', 'in.xlsx', '--as-of', '2024-02-30'], 'an impossible day'],
    [['aging', 'in.xlsx', '--as-of', '31/03/2024'], 'a day not in ISO form'],
    [['aging', 'in.xlsx', '--as-of', '2024-03-31', '--basis', 'month'], 'an unknown basis'],
    [['aging', 'in.xlsx', '--as-of', '2024-03-31', '--lang', 'fr'], 'an unknown language'],
    [['aging', 'in.xlsx', '--as-of', '2024-03-31', '--colour'], 'an unknown flag'],
    [['ageing'], 'an unknown command'],
  ])('exits 64 on %j (%s)', async (argv) => {
    const run = await runCli(argv);

    expect(run.code).toBe(EXIT.usage);
    expect(run.err).not.toBe('');
  });

  it('ages the public IBM sample as of 2013-06-30 exactly as the engine does directly', async () => {
    const file = path.join(dir, 'ibm.xlsx');
    writeFileSync(file, await seedToXlsx(ibmWorkbook().seed));
    const csv = path.join(dir, 'ibm.csv');
    const asOf = '2013-06-30' as IsoDay;

    const run = await runCli(['aging', file, '--as-of', asOf, '--csv', csv]);
    const { customers, entries } = ibmLedger();
    const direct = ageReceivables(allocateReceipts(customers, entries, asOf));
    const rows = readFileSync(csv, 'utf8')
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    const expected = direct.customers.map((line) =>
      [
        line.customerId,
        formatYuanPlain(line.openInvoiceTotal),
        ...line.buckets.map((bucket) => formatYuanPlain(bucket.amount)),
        formatYuanPlain(line.unappliedCredit),
      ].join(','),
    );
    const total = direct.totals[0]!;

    expect(run.code).toBe(EXIT.ok);
    expect(rows.slice(1, -1).sort()).toEqual(expected.sort());
    expect(rows.at(-1)).toBe(
      [
        'TOTAL',
        formatYuanPlain(total.openInvoiceTotal),
        ...total.buckets.map((bucket) => formatYuanPlain(bucket.amount)),
        formatYuanPlain(total.unappliedCredit),
      ].join(','),
    );
    expect(total.openInvoiceTotal).toBeGreaterThan(0);
  }, 60_000);
});

describe('cashier-desk demo', () => {
  it('runs structure, aging and credit on the sample and says which as-of date it used', async () => {
    const out = path.join(dir, 'demo', 'sample-ledger.out.xlsx');

    const run = await runCli(['demo', SAMPLE, '-o', out]);

    expect(run.code).toBe(EXIT.ok);
    expect(existsSync(out)).toBe(true);
    expect(run.out).toContain('截止日 2024-06-27（设置表未填，取台账中最晚的日期）');
    expect(run.out).toContain(
      'As of 2024-06-27 (the Settings sheet has none: the latest entry date)',
    );
    expect(run.out).toContain('3月 第9行 D 应收金额: “待定”不是金额。');
    expect(run.out).toMatch(/TOTAL\s+CNY\s+2,586,224\.86/);
    expect(run.out).toMatch(/HOLD 停止赊销\s+武汉长江机械厂/);
    expect(run.out).toMatch(/HOLD Hold: no further credit\s+武汉长江机械厂/);
  });

  it('uses the given as-of date and says it came from the command line', async () => {
    const run = await runCli([
      'demo',
      SAMPLE,
      '-o',
      path.join(dir, 'd2.xlsx'),
      '--as-of',
      '2024-03-31',
      '--lang',
      'en',
    ]);

    expect(run.code).toBe(EXIT.ok);
    expect(run.out).toContain('As of 2024-03-31 (given on the command line)');
  });
});
