import { openXlsx } from '../../../src/adapters/xlsx';
import { structureWorkbook } from '../../../src/workbook/structure/structureWorkbook';
import type { StructureResult } from '../../../src/workbook/structure/structureTypes';
import type { WorkbookPort } from '../../../src/workbook/workbookPort';
import type { SeedWorkbook } from '../../contract/seed';
import {
  ENGLISH_CUSTOMERS,
  ENGLISH_ENTRIES,
  ENGLISH_REJECTED,
  ENGLISH_SKIPPED,
  ENGLISH_WORKBOOK,
} from '../../fixtures/englishWorkbook';
import { MemoryWorkbook } from '../../support/memoryWorkbook';
import { seedToXlsx } from '../../support/seedXlsx';

const hosts: [string, (seed: SeedWorkbook) => Promise<WorkbookPort>][] = [
  ['in memory', async (seed) => new MemoryWorkbook(seed)],
  ['as a real .xlsx file', async (seed) => openXlsx(await seedToXlsx(seed))],
];

describe.each(hosts)('structuring an English A/R export %s', (_, open) => {
  let result: StructureResult;
  beforeAll(async () => {
    result = await structureWorkbook(await open(ENGLISH_WORKBOOK));
  });

  it('merges names that differ only by case and takes terms and limits from the list', () => {
    expect(result.customers).toEqual(ENGLISH_CUSTOMERS);
  });

  it('reads Invoice, Payment and Credit Memo rows, US dates, dollar amounts and disputes', () => {
    expect(result.entries).toEqual(ENGLISH_ENTRIES);
  });

  it('skips the preamble, "Total for" rows and TOTAL, and rejects TBD, #VALUE! and unsettled dates', () => {
    const skipped = result.report.sheets.flatMap((s) =>
      s.skipped.map((r) => [r.sheet, r.row, r.reason]),
    );
    const rejected = result.report.sheets.flatMap((s) =>
      s.rejected.map((r) => [r.sheet, r.row, r.problem.code]),
    );

    expect(skipped).toEqual(ENGLISH_SKIPPED);
    expect(rejected).toEqual(ENGLISH_REJECTED);
  });

  it('says how each date column was read: by the data, or not at all', () => {
    const orders = result.report.sheets.flatMap((s) =>
      s.dateOrders.map((d) => [s.sheet, d.header, d.order, d.settledBy]),
    );

    expect(orders).toEqual([
      ['AR Detail', 'Date', 'mdy', 'data'],
      ['AR Detail', 'Due Date', 'mdy', 'data'],
      ['Old', 'Date', 'ambiguous', undefined],
    ]);
    expect(result.report.sheets[2]?.problems.map((p) => p.code)).toEqual([
      'structure.date-order-ambiguous',
      'structure.no-type-column',
    ]);
  });

  it('keeps amounts in dollars and adds them up to the source', () => {
    const imported = ENGLISH_ENTRIES.reduce((sum, e) => sum + Math.abs(e.amount), 0);

    expect(result.report.totals).toEqual([
      { currency: 'USD', source: imported + 10000, imported, rejected: 10000 },
    ]);
  });

  it('settles the ambiguous column when the cashier gives a locale', async () => {
    const withLocale = await structureWorkbook(await open(ENGLISH_WORKBOOK), { locale: 'en-US' });

    expect(withLocale.entries.find((e) => e.id === 'Old!2')?.date).toBe('2024-03-04');
    expect(withLocale.report.rejected).toBe(2);
  });
});
