import { openXlsx, type XlsxWorkbook } from '../../../src/adapters/xlsx';
import { ANNUAL_REPORT_BUCKETS } from '../../../src/domain/receivables';
import {
  DEFAULT_WORKBOOK_SETTINGS,
  SETTINGS_SHEET,
  readSettingsSheet,
  settingsTable,
  writeSettingsSheet,
  type WorkbookSettings,
} from '../../../src/workbook/settings';
import type { CellValue, WorkbookPort } from '../../../src/workbook/workbookPort';
import { seedToXlsx } from '../../support/seedXlsx';
import { SMALL_LEDGER, cashierHash, cashierNotesSheet } from '../receivables/receivablesFixtures';

async function emptyBook(): Promise<XlsxWorkbook> {
  return openXlsx(await seedToXlsx({ sheets: [{ name: 'Data', cells: [['x']] }] }));
}

async function sheetCells(port: WorkbookPort): Promise<CellValue[][]> {
  const cells: CellValue[][] = [];
  for await (const block of port.readSheet(SETTINGS_SHEET))
    cells.push(...block.values.map((r) => [...r]));
  return cells;
}

function edited(settings: WorkbookSettings): WorkbookSettings {
  return {
    ...settings,
    receivables: {
      ...settings.receivables,
      agingBasis: 'entry',
      agingBuckets: ANNUAL_REPORT_BUCKETS,
      defaultTermsDays: 45,
      credit: { ...settings.receivables.credit, holdOverdueDays: 120 },
    },
    company: {
      ...settings.company,
      name: '杭州出纳台示例有限公司',
      accountNumber: '6222 0000 1111',
    },
  };
}

describe('writing edited settings to the Settings sheet', () => {
  it('reads back exactly what was written, for a sheet made on the spot', async () => {
    const port = await emptyBook();
    const wanted = edited((await readSettingsSheet(port)).settings);

    await writeSettingsSheet(port, wanted);
    const saved = await openXlsx(await port.save());
    const read = await readSettingsSheet(saved);

    expect(read.problems).toEqual([]);
    expect(read.settings).toEqual(wanted);
  });

  it("keeps the cashier's own rows, notes and order and adds rows the sheet was missing", async () => {
    const port = await emptyBook();
    const table = settingsTable(SETTINGS_SHEET);
    const rows = table.rows.filter((row) => row[0] !== 'defaultTermsDays').reverse();
    await port.writeOwnedTable({
      ...table,
      rows: [
        ...rows.map((r) => [...r.slice(0, 3), `my note ${String(r[0])}`]),
        ['mine', '我的', '7', 'kept'],
      ],
    });
    const wanted = edited((await readSettingsSheet(port)).settings);

    await writeSettingsSheet(port, wanted);
    const cells = await sheetCells(port);

    expect(cells.slice(1, rows.length + 1).map((r) => r[0])).toEqual(rows.map((r) => r[0]));
    expect(cells.find((r) => r[0] === 'agingBasis')).toEqual([
      'agingBasis',
      expect.any(String),
      'entry',
      'my note agingBasis',
    ]);
    expect(cells.find((r) => r[0] === 'mine')).toEqual(['mine', '我的', '7', 'kept']);
    expect(cells.at(-1)?.[0]).toBe('defaultTermsDays');
    expect((await readSettingsSheet(port)).settings).toEqual(wanted);
  });
});

describe("the cashier's sheets while settings are written", () => {
  it('hash the same before and after, when the sheet is made and when it is rewritten', async () => {
    const port = await openXlsx(
      await seedToXlsx({ sheets: [...SMALL_LEDGER.sheets, cashierNotesSheet(SETTINGS_SHEET)] }),
    );
    const before = await cashierHash(port);

    const made = await writeSettingsSheet(port, DEFAULT_WORKBOOK_SETTINGS);
    const again = await writeSettingsSheet(port, edited((await readSettingsSheet(port)).settings));

    expect(made).not.toBe(SETTINGS_SHEET);
    expect(again).toBe(made);
    expect(await cashierHash(await openXlsx(await port.save()))).toBe(before);
  });
});
