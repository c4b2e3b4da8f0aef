import { openXlsx } from '../../../src/adapters/xlsx';
import { structureWorkbook } from '../../../src/workbook/structure/structureWorkbook';
import type { StructureResult } from '../../../src/workbook/structure/structureTypes';
import type { CellValue, MergedArea } from '../../../src/workbook/workbookPort';
import type { SeedWorkbook } from '../../contract/seed';
import { seedToXlsx } from '../../support/seedXlsx';

const D = 'yyyy-mm-dd';

async function structureXlsx(seed: SeedWorkbook): Promise<StructureResult> {
  return structureWorkbook(await openXlsx(await seedToXlsx(seed)));
}

/**
 * Two-row headers as cashiers and accounting packages write them, above the same two data rows:
 * an invoice of 1,000.00 in the debit column and a receipt of 400.00 in the credit column, with
 * the running balance beside them. The balance must never count as an amount.
 */
const layouts: {
  name: string;
  upper: CellValue[];
  lower: CellValue[];
  merged: MergedArea[];
  roles: Record<string, string>;
}[] = [
  {
    name: '金额 merged over 借方 | 贷方, 余额 beside it',
    upper: ['日期', '客户', '金额', null, '余额'],
    lower: [null, null, '借方', '贷方', null],
    merged: [
      { startRow: 2, startColumn: 3, endRow: 2, endColumn: 4 },
      { startRow: 2, startColumn: 1, endRow: 3, endColumn: 1 },
      { startRow: 2, startColumn: 5, endRow: 3, endColumn: 5 },
    ],
    roles: { A: 'date', B: 'customer', C: 'debit', D: 'credit', E: 'balance' },
  },
  {
    name: '金额 over 借方 | 贷方 | 余额 in an export that lost its merges',
    upper: ['日期', '客户', '金额', null, null],
    lower: [null, null, '借方', '贷方', '余额'],
    merged: [],
    roles: { A: 'date', B: 'customer', C: 'debit', D: 'credit', E: 'balance' },
  },
  {
    name: '本期发生额 over 借方 | 贷方 and 期末余额 over 借方 | 贷方',
    upper: ['日期', '往来单位', '本期发生额', null, '期末余额', null],
    lower: [null, null, '借方', '贷方', '借方', '贷方'],
    merged: [
      { startRow: 2, startColumn: 3, endRow: 2, endColumn: 4 },
      { startRow: 2, startColumn: 5, endRow: 2, endColumn: 6 },
    ],
    roles: { A: 'date', B: 'customer', C: 'debit', D: 'credit', E: 'balance' },
  },
];

describe.each(layouts)('a two-row header: $name', ({ upper, lower, merged, roles }) => {
  let result: StructureResult;
  beforeAll(async () => {
    const width = upper.length;
    const pad = (row: CellValue[]) => [...row, ...Array<CellValue>(width - row.length).fill(null)];
    result = await structureXlsx({
      sheets: [
        {
          name: '往来明细',
          cells: [
            pad(['应收账款明细账']),
            upper,
            lower,
            pad([45352, '华东五金有限公司', 1000, null, 1000]),
            pad([45355, '华东五金有限公司', null, 400, 600]),
          ],
          numberFormats: [[], [], [], [D], [D]],
          merged: [{ startRow: 1, startColumn: 1, endRow: 1, endColumn: width }, ...merged],
        },
      ],
    });
  });

  it('reads both header rows and says which rows they were', () => {
    const sheet = result.report.sheets[0]!;

    expect(sheet.headerRows).toEqual([2, 3]);
    expect(sheet.headerRow).toBe(3);
    expect(sheet.skipped.map((s) => [s.row, s.reason])).toEqual([
      [1, 'title'],
      [2, 'header'],
      [3, 'header'],
    ]);
  });

  it('maps 借方 to invoices, 贷方 to receipts and 余额 to the balance', () => {
    const mapped = Object.fromEntries(
      result.report.sheets[0]!.mapping.columns.map((c) => [
        String.fromCharCode(64 + c.column),
        c.role,
      ]),
    );

    expect(mapped).toEqual(roles);
    expect(result.entries.map((e) => [e.id, e.kind, e.amount])).toEqual([
      ['往来明细!4', 'invoice', 100000],
      ['往来明细!5', 'receipt', 40000],
    ]);
  });

  it('never counts the balance as an amount', () => {
    expect(result.report.totals).toEqual([
      { currency: 'CNY', source: 140000, imported: 140000, rejected: 0 },
    ]);
  });
});

/**
 * A March sheet with a merged 金额 over 借方 | 贷方, ids beside names, a name written two ways
 * under one id, a row invoiced and paid the same day, a hidden row and a total row.
 */
const MARCH: SeedWorkbook = {
  sheets: [
    {
      name: '3月',
      cells: [
        ['2024年3月往来明细', null, null, null, null, null, null],
        [null, null, null, null, null, null, null],
        ['日期', '客户编号', '客户', '金额', null, '余额', '摘要'],
        [null, null, null, '借方', '贷方', null, null],
        [45352, 'K001', '华东五金有限公司', 1000, null, 1000, '销售'],
        [45353, 'K001', '华东五金', null, 400, 600, '回款'],
        [45354, 'K002', '南方建材', 500, 500, 0, '当日开票收款'],
        [45355, 'K002', '南方建材', 300, null, 300, '销售'],
        [45356, 'K001', '华东五金有限公司', 200, null, 800, '销售'],
        ['合计', null, null, 2000, 900, null, null],
      ],
      numberFormats: [[], [], [], [], [D], [D], [D], [D], [D]],
      merged: [
        { startRow: 1, startColumn: 1, endRow: 1, endColumn: 7 },
        { startRow: 3, startColumn: 4, endRow: 3, endColumn: 5 },
      ],
      hiddenRows: [8],
    },
  ],
};

describe('structuring an accounting export with ids, a two-sided row and a hidden row', () => {
  let result: StructureResult;
  beforeAll(async () => {
    result = await structureXlsx(MARCH);
  });

  it('keeps the id as the identity: two names under K001 are one customer, and says so', () => {
    expect(result.customers.map((c) => [c.id, c.name, c.nameVariants])).toEqual([
      ['K001', '华东五金有限公司', ['华东五金有限公司', '华东五金']],
      ['K002', '南方建材', ['南方建材']],
    ]);
    expect(result.report.problems).toEqual([
      {
        code: 'structure.id-names-differ',
        detail: { id: 'K001', names: '华东五金有限公司 / 华东五金', sheet: '3月', row: 6 },
      },
    ]);
  });

  it('imports a row with both a debit and a credit as an invoice and a receipt', () => {
    expect(result.entries.map((e) => [e.id, e.customerId, e.kind, e.amount])).toEqual([
      ['3月!5', 'K001', 'invoice', 100000],
      ['3月!6', 'K001', 'receipt', 40000],
      ['3月!7:D', 'K002', 'invoice', 50000],
      ['3月!7:C', 'K002', 'receipt', 50000],
      ['3月!8', 'K002', 'invoice', 30000],
      ['3月!9', 'K001', 'invoice', 20000],
    ]);
    expect(result.entries[2]?.source).toEqual({ sheet: '3月', row: 7 });
  });

  it('counts rows, not entries: rows in = imported + skipped + rejected, with entries apart', () => {
    const sheet = result.report.sheets[0]!;

    expect([sheet.rowsIn, sheet.imported, sheet.skipped.length, sheet.rejected.length]).toEqual([
      10, 5, 5, 0,
    ]);
    expect(sheet.entries).toBe(6);
    expect(result.report.entries).toBe(6);
    expect(result.report.imported).toBe(5);
  });

  it('keeps every fen of both sides in the imported total, and the balance out of it', () => {
    const entryFen = result.entries.reduce((sum, e) => sum + Math.abs(e.amount), 0);

    expect(result.report.totals).toEqual([
      { currency: 'CNY', source: 290000, imported: 290000, rejected: 0 },
    ]);
    expect(entryFen).toBe(290000);
  });

  it('imports the hidden row and lists it as hidden, beside the two-sided row', () => {
    expect(result.report.sheets[0]!.notes.map((n) => [n.row, n.problem.code])).toEqual([
      [7, 'structure.debit-and-credit-split'],
      [8, 'structure.hidden-row-imported'],
    ]);
    expect(result.entries.find((e) => e.id === '3月!8')).toMatchObject({ amount: 30000 });
  });
});

describe('a two-sided row the type column names as one kind', () => {
  it('is rejected with both amounts in the rejected total', async () => {
    const result = await structureXlsx({
      sheets: [
        {
          name: '台账',
          cells: [
            ['日期', '客户', '类型', '借方', '贷方'],
            [45352, '华东五金', '销售', 1000, 250.5],
            [45353, '华东五金', '销售', 300, null],
          ],
          numberFormats: [[], [D], [D]],
        },
      ],
    });
    const rejected = result.report.sheets[0]!.rejected;

    expect(rejected.map((r) => [r.row, r.column, r.problem.code, r.amount])).toEqual([
      [2, 3, 'structure.debit-and-credit', 125050],
    ]);
    expect(result.report.totals).toEqual([
      { currency: 'CNY', source: 155050, imported: 30000, rejected: 125050 },
    ]);
  });
});

describe('one name written with two ids', () => {
  it('stays one customer with the first id, and the second id is reported with its row', async () => {
    const result = await structureXlsx({
      sheets: [
        {
          name: '台账',
          cells: [
            ['日期', '客户编号', '客户', '金额'],
            [45352, 'K001', '华东五金', 1000],
            [45353, 'K009', '华东五金', 300],
          ],
          numberFormats: [[], [D], [D]],
        },
      ],
    });

    expect(result.customers.map((c) => c.id)).toEqual(['K001']);
    expect(result.entries.map((e) => e.customerId)).toEqual(['K001', 'K001']);
    expect(result.report.problems).toEqual([
      {
        code: 'structure.name-ids-differ',
        detail: { name: '华东五金', ids: 'K001 / K009', sheet: '台账', row: 3 },
      },
    ]);
  });
});
