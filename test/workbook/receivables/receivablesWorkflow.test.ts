import { readFileSync } from 'node:fs';
import path from 'node:path';

import { openXlsx } from '../../../src/adapters/xlsx';
import type { IsoDay } from '../../../src/domain/isoDay';
import {
  ageWorkbook,
  assessCredit,
  canAge,
  canAssessCredit,
  runReceivables,
  type ReceivablesRun,
} from '../../../src/workbook/receivables';
import { settingsTable, SETTINGS_SHEET } from '../../../src/workbook/settings';
import {
  cashierHash,
  ownedSheets,
  rowsByHeader,
  sheetCells,
  SMALL_LEDGER,
  xlsxOf,
} from './receivablesFixtures';

const SAMPLE = path.join(__dirname, '../../../assets/sample-ledger.xlsx');
const AS_OF = '2024-03-31' as IsoDay;

function ran(outcome: Awaited<ReturnType<typeof runReceivables>>): ReceivablesRun {
  if (!outcome.ok) throw new Error(`run stopped: ${outcome.problem.code}`);
  return outcome;
}

describe('aging a small ledger into owned sheets', () => {
  it('buckets each open invoice by days past due and leaves later entries out', async () => {
    const port = await xlsxOf(SMALL_LEDGER);

    const run = ran(await ageWorkbook(port, { asOf: AS_OF }));
    const aging = rowsByHeader(await sheetCells(port, '账龄分析'));
    const acme = aging.find((row) => row['客户名称 Customer'] === 'Acme Trading');

    expect(acme).toMatchObject({
      '未到期 Not yet due': 250.5,
      '31-60天 31-60 days': 500,
      '未清合计 Open total': 750.5,
      '未核销贷方 Unapplied credit': 0,
    });
    expect(aging.find((row) => row['客户名称 Customer'] === 'Blue Sky Foods')).toMatchObject({
      '未清合计 Open total': 0,
      '未核销贷方 Unapplied credit': 300,
      '余额 Balance': -300,
    });
    expect(aging.at(-1)).toMatchObject({
      '客户名称 Customer': '合计 TOTAL',
      '未清合计 Open total': 850.49,
      '未核销贷方 Unapplied credit': 300,
    });
    expect(run.written).toEqual({ aging: '账龄分析', openItems: '未清明细' });
  });

  it('lists open invoices customer by customer, oldest due first, with what paid them so far', async () => {
    const port = await xlsxOf(SMALL_LEDGER);

    await ageWorkbook(port, { asOf: AS_OF });
    const open = rowsByHeader(await sheetCells(port, '未清明细'));

    expect(open.map((row) => row['单据号 Document No.'])).toEqual(['INV-1', 'INV-2', 'INV-9']);
    expect(open.find((row) => row['单据号 Document No.'] === 'INV-1')).toMatchObject({
      '逾期天数 Days past due': 60,
      '账龄段 Bucket': '31-60天',
      '未收 Open': 500,
      '收款记录 Paid so far': '2024-03-05 收款 ¥500.00 (R-12)',
      '来源 Source': 'Ledger!2',
    });
  });

  it('writes credit with flags and reasons in words, not codes', async () => {
    const port = await xlsxOf(SMALL_LEDGER);

    const run = ran(await assessCredit(port, { asOf: AS_OF }));
    const credit = rowsByHeader(await sheetCells(port, '信用评估'));
    const evil = credit.find((row) => row['客户名称 Customer'] === '=Evil Corp');

    expect(run.written).toEqual({ credit: '信用评估' });
    expect(evil?.['标志 Flag']).toBe('HOLD');
    expect(evil?.['标志说明 Flag words']).toBe('停止赊销');
    expect(String(evil?.['原因 Reasons'])).toContain('最久逾期');
    expect(String(evil?.['原因 Reasons'])).not.toMatch(/credit\./);
  });

  it('takes the as-of date from the Settings sheet when none is given, and says so', async () => {
    const port = await xlsxOf(SMALL_LEDGER);
    await port.writeOwnedTable(
      settingsTable(SETTINGS_SHEET, {
        ...(await import('../../../src/workbook/settings')).DEFAULT_WORKBOOK_SETTINGS,
        asOf: AS_OF,
      }),
    );

    const run = ran(await runReceivables(port));

    expect([run.asOf, run.asOfSource]).toEqual([AS_OF, 'settings']);
  });

  it('stops without an as-of date and before touching the ledger sheets', async () => {
    const port = await xlsxOf(SMALL_LEDGER);

    const outcome = await runReceivables(port);
    const names = (await port.describe()).sheets.map((sheet) => sheet.name);

    expect(outcome).toMatchObject({ ok: false, problem: { code: 'workflow.no-as-of' } });
    expect(names).toContain(SETTINGS_SHEET);
    expect(names).not.toContain('台账');
  });

  it('stops on a Settings sheet the cashier broke, naming the row', async () => {
    const port = await xlsxOf(SMALL_LEDGER);
    const table = settingsTable(SETTINGS_SHEET);
    await port.writeOwnedTable({
      ...table,
      rows: table.rows.map((row) =>
        row[0] === 'agingBasis' ? [row[0] ?? null, row[1] ?? null, '按月', row[3] ?? null] : row,
      ),
    });

    const outcome = await runReceivables(port, { asOf: AS_OF });
    // The sheet's row: the header is row 1, so the first setting is row 2.
    const row = table.rows.findIndex((cells) => cells[0] === 'agingBasis') + 2;

    expect(row).toBeGreaterThan(1);
    expect(outcome).toMatchObject({
      ok: false,
      problem: { code: 'workflow.settings-invalid' },
      settingsIssues: [{ row, problem: { code: 'settings.value-unreadable' } }],
    });
  });
});

describe('the workflows on the sample ledger in assets/', () => {
  let bytes: Uint8Array;
  beforeAll(() => {
    bytes = new Uint8Array(readFileSync(SAMPLE));
  });

  it('re-running replaces the owned sheets and never touches the cashier sheets', async () => {
    const port = await openXlsx(bytes);
    const before = await cashierHash(port);

    ran(await runReceivables(port, { asOfFallback: 'latest-entry' }));
    const once = await ownedSheets(await openXlsx(await port.save()));
    ran(await runReceivables(port, { asOfFallback: 'latest-entry' }));
    const saved = await openXlsx(await port.save());
    const twice = await ownedSheets(saved);

    expect(twice).toEqual(once);
    expect(Object.keys(twice)).toEqual(
      expect.arrayContaining(['设置', '台账', '导入报告', '账龄分析', '未清明细', '信用评估']),
    );
    expect(await cashierHash(saved)).toBe(before);
  });

  it('ages as of the latest entry when nothing else says, and every line adds up to the fen', async () => {
    const run = ran(await runReceivables(await openXlsx(bytes), { asOfFallback: 'latest-entry' }));

    expect([run.asOf, run.asOfSource]).toEqual(['2024-06-27', 'latest-entry']);
    for (const line of run.figures.aging.customers) {
      const buckets = line.buckets.reduce((sum, bucket) => sum + bucket.amount, 0);
      expect(buckets).toBe(line.openInvoiceTotal);
    }
    expect(run.figures.credit.some((line) => line.flag === 'HOLD')).toBe(true);
  });
});

describe('the buttons enable from the same rule as the run', () => {
  it.each([
    [
      'a workbook with a cashier sheet',
      [{ owned: false, rowCount: 3, visibility: 'visible' }],
      true,
    ],
    ['only owned sheets', [{ owned: true, rowCount: 9, visibility: 'visible' }], false],
    ['an empty cashier sheet', [{ owned: false, rowCount: 0, visibility: 'visible' }], false],
    ['a very hidden sheet only', [{ owned: false, rowCount: 5, visibility: 'very-hidden' }], false],
  ] as const)('%s', async (_, sheets, enabled) => {
    const facts = {
      dateSystem: '1900' as const,
      sheets: sheets.map((sheet, index) => ({ ...sheet, name: `S${index}`, columnCount: 3 })),
    };

    expect(canAge(facts).ok).toBe(enabled);
    expect(canAssessCredit(facts)).toEqual(canAge(facts));
    if (!enabled) {
      const port = await xlsxOf({ sheets: [{ name: 'Empty', cells: [] }] });
      expect(await ageWorkbook(port, { asOf: AS_OF })).toMatchObject({
        ok: false,
        problem: { code: 'workflow.no-cashier-sheets' },
      });
    }
  });
});
