import { openXlsx } from '../../../src/adapters/xlsx';
import { structureWorkbook } from '../../../src/workbook/structure/structureWorkbook';
import type { StructureResult } from '../../../src/workbook/structure/structureTypes';
import type { WorkbookPort } from '../../../src/workbook/workbookPort';
import type { SeedWorkbook } from '../../contract/seed';
import {
  CHINESE_CUSTOMERS,
  CHINESE_ENTRIES,
  CHINESE_REJECTED,
  CHINESE_SKIPPED,
  CHINESE_WORKBOOK,
} from '../../fixtures/chineseWorkbook';
import { MemoryWorkbook } from '../../support/memoryWorkbook';
import { seedToXlsx } from '../../support/seedXlsx';

const hosts: [string, (seed: SeedWorkbook) => Promise<WorkbookPort>][] = [
  ['in memory', async (seed) => new MemoryWorkbook(seed)],
  ['as a real .xlsx file', async (seed) => openXlsx(await seedToXlsx(seed))],
];

describe.each(hosts)('structuring a messy Chinese workbook %s', (_, open) => {
  let result: StructureResult;
  beforeAll(async () => {
    result = await structureWorkbook(await open(CHINESE_WORKBOOK));
  });

  it('builds one customer per name however it was typed, with list details and kept ids', () => {
    expect(result.customers).toEqual(CHINESE_CUSTOMERS);
  });

  it('reads every entry with its kind, direction, dates, references and payment method', () => {
    const expected = CHINESE_ENTRIES.map(([id, customerId, kind, date, amount, extra]) => ({
      id,
      customerId,
      kind,
      date,
      amount,
      currency: 'CNY',
      source: { sheet: id.split('!')[0], row: parseInt(id.split('!')[1]!, 10) },
      ...extra,
    }));

    expect(result.entries).toEqual(expected);
  });

  it('skips titles, blank rows, headers and subtotals, saying which', () => {
    const skipped = result.report.sheets.flatMap((s) =>
      s.skipped.map((r) => [r.sheet, r.row, r.reason]),
    );

    expect(skipped).toEqual(CHINESE_SKIPPED);
  });

  it('rejects 待定, error cells, unknown types, unformatted dates and nameless rows with reasons', () => {
    const rejected = result.report.sheets.flatMap((s) =>
      s.rejected.map((r) => [
        r.sheet,
        r.row,
        r.column,
        r.problem.code,
        ...(r.amount === undefined ? [] : [r.amount]),
      ]),
    );

    expect(rejected).toEqual(CHINESE_REJECTED);
    expect(result.report.sheets[1]?.rejected[0]?.problem.detail).toMatchObject({ text: '待定' });
  });

  it('counts every row once: rows in = imported + skipped + rejected on each sheet', () => {
    expect(
      result.report.sheets.map((s) => [
        s.sheet,
        s.kind,
        s.rowsIn,
        s.imported,
        s.skipped.length,
        s.rejected.length,
      ]),
    ).toEqual([
      ['客户名单', 'customers', 7, 3, 4, 0],
      ['1月', 'ledger', 14, 7, 4, 3],
      ['2月', 'ledger', 16, 6, 8, 2],
      ['说明', 'unrecognized', 0, 0, 0, 0],
    ]);
    expect(result.report.sheets[3]?.problems[0]).toMatchObject({
      code: 'structure.sheet-not-recognized',
    });
  });

  it('adds imported amounts up to the source to the fen, with rejected amounts shown apart', () => {
    const imported = CHINESE_ENTRIES.reduce((sum, entry) => sum + Math.abs(entry[4]), 0);
    const rejected = CHINESE_REJECTED.reduce((sum, entry) => sum + (entry[4] ?? 0), 0);

    expect(result.report.totals).toEqual([
      { currency: 'CNY', source: imported + rejected, imported, rejected },
    ]);
  });

  it('imports the hidden row and says so, notes the unreadable credit limit and the two-sided row', () => {
    const notes = result.report.sheets.flatMap((s) =>
      s.notes.map((n) => [n.sheet, n.row, n.problem.code]),
    );

    expect(notes).toEqual([
      ['客户名单', 6, 'structure.field-ignored'],
      ['1月', 11, 'structure.hidden-row-imported'],
      ['2月', 10, 'structure.debit-and-credit-split'],
    ]);
  });

  it('reports the header row and a confident mapping per sheet', () => {
    expect(result.report.sheets.map((s) => [s.headerRow, s.mapping.confidence])).toEqual([
      [2, 1],
      [3, 1],
      [5, 1],
      [undefined, 0],
    ]);
  });
});
