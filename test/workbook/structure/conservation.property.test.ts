import fc from 'fast-check';

import { structureWorkbook } from '../../../src/workbook/structure/structureWorkbook';
import type { CellValue } from '../../../src/workbook/workbookPort';
import type { SeedSheet } from '../../contract/seed';
import { MemoryWorkbook } from '../../support/memoryWorkbook';

/**
 * Random cashier sheets: a title block, the header anywhere near the top in any column order and
 * any synonym, noise columns, and data rows that are good or bad in exactly one known way, among
 * blank rows, subtotal rows and repeated headers. The generator knows what each row is, so the
 * import's counts and amounts can be checked against it exactly.
 */
const WORDS = {
  customer: ['客户', '客户名称', 'Customer', '往来单位', 'Name'],
  date: ['日期', 'Date', '业务日期', '开票日期'],
  amount: ['金额', 'Amount', '发生额'],
  debit: ['借方', 'Debit', '应收金额'],
  credit: ['贷方', 'Credit', '实收金额'],
  type: ['类型', 'Type', '业务类型'],
  memo: ['摘要', 'Memo', '备注'],
  noise: ['Extra', '备用', 'Col9'],
};
const NAMES = ['华为技术', 'ACME Ltd', '南方建材', 'Blue Sky', '  华为技术 '];
const TYPES = ['销售', '收款', '退货', 'Invoice', 'Payment', '坏账', '期初', '调整'];
const SUBTOTALS = ['合计', '小计', '本月合计', 'Total', 'TOTAL', 'Total for ACME Ltd'];

const rowPlan = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('good' as const),
      amount: fc.integer({ min: -9_999_999, max: 99_999_999 }).map((fen) => fen / 100),
      amountAsText: fc.boolean(),
      side: fc.constantFrom('debit' as const, 'credit' as const),
      type: fc.constantFrom(...TYPES),
      dateSerial: fc.integer({ min: 36526, max: 55000 }),
      dateAsText: fc.boolean(),
      name: fc.constantFrom(...NAMES),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('bad-amount' as const),
      bad: fc.constantFrom<CellValue>(
        '待定',
        '见附件',
        { error: '#N/A' },
        { error: '#VALUE!' },
        true,
      ),
      name: fc.constantFrom(...NAMES),
      dateSerial: fc.integer({ min: 36526, max: 55000 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('bad-date' as const),
      amount: fc.integer({ min: 0, max: 1_000_000 }).map((fen) => fen / 100),
      name: fc.constantFrom(...NAMES),
      side: fc.constantFrom('debit' as const, 'credit' as const),
      type: fc.constantFrom(...TYPES),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('both' as const),
      debit: fc.integer({ min: 1, max: 9_999_999 }).map((fen) => fen / 100),
      credit: fc.integer({ min: 1, max: 9_999_999 }).map((fen) => fen / 100),
      dateSerial: fc.integer({ min: 36526, max: 55000 }),
      name: fc.constantFrom(...NAMES),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constantFrom('blank' as const, 'header' as const) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('subtotal' as const),
      word: fc.constantFrom(...SUBTOTALS),
      at: fc.nat(20),
    }),
  },
);

const sheetPlan = fc.record({
  titles: fc.array(fc.constantFrom('2024年应收账款台账', 'Ledger 2024', '单位：元', null), {
    maxLength: 4,
  }),
  twoSided: fc.boolean(),
  withType: fc.boolean(),
  withMemo: fc.boolean(),
  noise: fc.nat(2),
  order: fc.array(fc.nat(), { minLength: 12, maxLength: 12 }),
  synonym: fc.nat(),
  rows: fc.array(rowPlan, { maxLength: 40 }),
  noiseText: fc.array(
    fc.stringMatching(/^[a-z0-9]{0,6}$/).filter((t) => !t.includes('otal')),
    { minLength: 1, maxLength: 5 },
  ),
});

type Plan = typeof sheetPlan extends fc.Arbitrary<infer T> ? T : never;

function build(plan: Plan): {
  sheet: SeedSheet;
  expected: { good: number; entries: number; bad: number; source: number; rows: number };
} {
  const roles = ['customer', 'date', ...(plan.twoSided ? ['debit', 'credit'] : ['amount'])];
  if (plan.withType) roles.push('type');
  if (plan.withMemo) roles.push('memo');
  for (let i = 0; i < plan.noise; i++) roles.push('noise');
  // Shuffle columns by the plan's keys, stably.
  const columns = roles
    .map((role, i) => ({ role, key: plan.order[i] ?? i, i }))
    .sort((a, b) => a.key - b.key || a.i - b.i)
    .map((c) => c.role);
  const at = (role: string) => columns.indexOf(role);
  const header = columns.map((role, i) => {
    const words = WORDS[role as keyof typeof WORDS];
    return role === 'noise'
      ? `${words[i % words.length]}${i}`
      : words[plan.synonym % words.length]!;
  });

  const cells: CellValue[][] = [];
  const formats: string[][] = [];
  for (const title of plan.titles) {
    cells.push([title]);
    formats.push([]);
  }
  cells.push(header);
  formats.push([]);

  let good = 0;
  let entries = 0;
  let bad = 0;
  let source = 0;
  plan.rows.forEach((row, n) => {
    const cellsOfRow: CellValue[] = columns.map((role) =>
      role === 'noise' ? plan.noiseText[n % plan.noiseText.length]! : null,
    );
    const formatsOfRow = columns.map(() => 'General');
    const amountAt = (side: 'debit' | 'credit') => (plan.twoSided ? at(side) : at('amount'));
    if (row.kind === 'blank') cellsOfRow.fill(null);
    if (row.kind === 'header') header.forEach((word, i) => (cellsOfRow[i] = word));
    if (row.kind === 'subtotal') {
      const wordAt = row.at % columns.length;
      cellsOfRow[wordAt === amountAt('debit') ? at('customer') : wordAt] = row.word;
      if (wordAt !== amountAt('debit')) cellsOfRow[amountAt('debit')] = 123.45;
    }
    if (row.kind === 'good' || row.kind === 'bad-date') {
      cellsOfRow[at('customer')] = row.name;
      const amount = row.kind === 'good' && row.amountAsText ? row.amount.toFixed(2) : row.amount;
      cellsOfRow[amountAt(row.side)] = amount;
      if (plan.withType) cellsOfRow[at('type')] = row.type;
      source += Math.round(Math.abs(row.amount) * 100);
    }
    if (row.kind === 'both') {
      // Both sides filled: two entries on a plain debit/credit sheet, one row either way; a type
      // word names one kind, so with a type column the row is rejected with both amounts.
      cellsOfRow[at('customer')] = row.name;
      cellsOfRow[at('date')] = row.dateSerial;
      formatsOfRow[at('date')] = 'yyyy-mm-dd';
      cellsOfRow[amountAt('debit')] = row.debit;
      source += Math.round(row.debit * 100);
      if (plan.twoSided) {
        cellsOfRow[amountAt('credit')] = row.credit;
        source += Math.round(row.credit * 100);
      }
      if (plan.withType) cellsOfRow[at('type')] = '销售';
      if (plan.twoSided && plan.withType) bad++;
      else {
        good++;
        entries += plan.twoSided ? 2 : 1;
      }
    }
    if (row.kind === 'good') {
      entries++;
      if (row.dateAsText)
        cellsOfRow[at('date')] = new Date((row.dateSerial - 25569) * 86_400_000)
          .toISOString()
          .slice(0, 10);
      else {
        cellsOfRow[at('date')] = row.dateSerial;
        formatsOfRow[at('date')] = 'yyyy-mm-dd';
      }
      good++;
    }
    if (row.kind === 'bad-date') {
      cellsOfRow[at('date')] = '2024-13-45';
      bad++;
    }
    if (row.kind === 'bad-amount') {
      cellsOfRow[at('customer')] = row.name;
      cellsOfRow[amountAt('debit')] = row.bad;
      cellsOfRow[at('date')] = row.dateSerial;
      formatsOfRow[at('date')] = 'yyyy-mm-dd';
      bad++;
    }
    cells.push(cellsOfRow);
    formats.push(formatsOfRow);
  });

  return {
    sheet: { name: '台账源', cells, numberFormats: formats },
    expected: { good, entries, bad, source, rows: cells.length },
  };
}

describe('structuring random cashier sheets', () => {
  it('conserves rows and fen, counting rows not entries, sorts each row as its maker meant, and never throws', async () => {
    await fc.assert(
      fc.asyncProperty(sheetPlan, async (plan) => {
        const { sheet, expected } = build(plan);
        const result = await structureWorkbook(new MemoryWorkbook({ sheets: [sheet] }));
        const report = result.report.sheets[0]!;

        expect(report.kind).toBe('ledger');
        expect(report.rowsIn).toBe(expected.rows);
        expect(report.rowsIn).toBe(
          report.imported + report.skipped.length + report.rejected.length,
        );
        expect(report.imported).toBe(expected.good);
        expect(result.entries).toHaveLength(expected.entries);
        expect(report.entries).toBe(expected.entries);
        expect(report.rejected).toHaveLength(expected.bad);

        const totals = result.report.totals[0] ?? { source: 0, imported: 0, rejected: 0 };
        const entryFen = result.entries.reduce((sum, e) => sum + Math.abs(e.amount), 0);
        expect(totals.source).toBe(expected.source);
        expect(totals.imported).toBe(entryFen);
        expect(totals.source).toBe(totals.imported + totals.rejected);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 150) },
    );
  });
});
