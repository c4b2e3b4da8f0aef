import fc from 'fast-check';

import { openXlsx } from '../../src/adapters/xlsx';
import { verifyWorkbook } from '../../src/workbook/audit';
import { structureWorkbook } from '../../src/workbook/structure/structureWorkbook';
import { writeStructure } from '../../src/workbook/structure/writeStructure';
import type { CellValue } from '../../src/workbook/workbookPort';
import { AMOUNT_CASES, DATE_CASES, NAME_CASES } from '../hostile/hostileCells';
import { seedToXlsx } from '../support/seedXlsx';
import { fuzzIsLong, fuzzRuns } from './fuzzRuns';
import { gridXlsx } from './gridXlsx';

// Each property writes a real .xlsx per run; a tenth of the runs budget keeps `npm test` quick
// while `npm run fuzz` (FUZZ_RUNS=20000) still makes 2,000 workbooks of each kind.
const RUNS = Math.max(10, Math.floor(fuzzRuns() / 10));
// Grids of up to 5,000 rows under `npm run fuzz`; up to 600 in `npm test`.
const MAX_ROWS = fuzzIsLong() ? 5_000 : 600;
// Shrinking a failure among grids of 5,000 rows writes thousands of workbooks and can outlast any
// budget without a word: the long fuzz stops at the first failure and prints its seed and
// counterexample instead (replay with fc.assert's `seed` and `path` to shrink it at leisure).
const PARAMETERS = { numRuns: RUNS, endOnFailure: fuzzIsLong() };

const HEADERS = [
  '日期',
  '客户名称',
  '类型',
  '金额',
  '摘要',
  'Date',
  'Customer',
  'Amount',
  '借方',
  '贷方',
];
const WORDS = [
  '小计',
  '合计',
  'Total',
  '应收',
  '收款',
  '退货',
  '销售',
  '待定',
  '华东五金',
  'ACME Ltd',
];

/** Text that XML can carry: what a real workbook can hold. */
const storableString = fc
  .string({ unit: 'grapheme', maxLength: 40 })
  // eslint-disable-next-line no-control-regex -- dropping control characters is the point here
  .map((text) => text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, ''));

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 2, arbitrary: fc.constantFrom(...HEADERS, ...WORDS) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      ...AMOUNT_CASES.map(([, value]) => value).filter(
        (v) => typeof v !== 'string' || v.length < 100,
      ),
    ),
  },
  { weight: 2, arbitrary: fc.constantFrom(...DATE_CASES.map(([, text]) => text)) },
  { weight: 1, arbitrary: fc.constantFrom(...NAME_CASES.map(([, name]) => name.slice(0, 200))) },
  { weight: 2, arbitrary: fc.integer({ min: -99_999_999, max: 99_999_999 }).map((n) => n / 100) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 60_000 }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom('#N/A', '#REF!', '#VALUE!').map((error) => ({ error })) },
  { weight: 2, arbitrary: storableString },
);

/** A grid with a ledger header somewhere near the top, so many runs reach the entries. */
const grid = fc
  .record({
    width: fc.integer({ min: 1, max: 8 }),
    rows: fc.integer({ min: 0, max: MAX_ROWS }).chain((max) => fc.integer({ min: 0, max })),
    headerAt: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
    seed: fc.integer(),
  })
  .chain(({ width, rows, headerAt }) =>
    fc
      .array(fc.array(cell, { minLength: width, maxLength: width }), {
        minLength: rows,
        maxLength: rows,
      })
      .map((cells) => {
        if (headerAt !== undefined && headerAt < cells.length) {
          cells[headerAt] = ['日期', '客户名称', '类型', '金额', '摘要'].slice(
            0,
            Math.max(4, width),
          );
        }
        return cells;
      }),
  );

function normalised(rows: readonly (readonly CellValue[])[]): CellValue[][] {
  const out = rows.map((row) => {
    // Excel keeps no empty text and no minus zero: both read back as what Excel stores.
    const cells = row.map((c) => (c === '' ? null : Object.is(c, -0) ? 0 : c));
    while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
    return cells;
  });
  while (out.length > 0 && out[out.length - 1]!.length === 0) out.pop();
  return out;
}

describe('fuzzing the .xlsx reader and structuring', () => {
  // About 0.3 s a run for grids of up to 5,000 rows on a loaded 2-core machine, and shrinking a
  // failure writes many more workbooks: the budget grows with the runs.
  jest.setTimeout(Math.max(600_000, RUNS * 3_000));

  it('reads back every random grid, cell for cell', async () => {
    await fc.assert(
      fc.asyncProperty(grid, async (cells) => {
        const port = await openXlsx(gridXlsx('随机', cells));
        const read: CellValue[][] = [];
        for await (const block of port.readSheet('随机', { blockRows: 97 })) {
          read.push(...block.values.map((row) => [...row]));
        }
        expect(normalised(read)).toEqual(normalised(cells));
      }),
      PARAMETERS,
    );
  });

  it('structures any random grid without a throw, conserving rows and fen, and verifies clean', async () => {
    await fc.assert(
      fc.asyncProperty(grid, async (cells) => {
        const port = await openXlsx(await seedToXlsx({ sheets: [{ name: '随机', cells }] }));
        const result = await structureWorkbook(port);

        for (const sheet of result.report.sheets) {
          expect(sheet.rowsIn).toBe(sheet.imported + sheet.skipped.length + sheet.rejected.length);
        }
        for (const total of result.report.totals) {
          const imported = result.entries
            .filter((e) => e.currency === total.currency)
            .reduce((sum, e) => sum + Math.abs(e.amount), 0);
          expect(imported).toBe(total.imported);
          expect(total.source).toBe(total.imported + total.rejected);
        }
        expect(result.entries).toHaveLength(result.report.imported);

        await writeStructure(port, result);
        const reopened = await openXlsx(await port.save());
        expect((await verifyWorkbook(reopened)).findings).toEqual([]);
      }),
      PARAMETERS,
    );
  });
});
