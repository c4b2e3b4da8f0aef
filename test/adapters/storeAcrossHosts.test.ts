/**
 * A workbook moves between hosts: structured on the command line, opened in Excel, or the other
 * way round. Both adapters must read the very hidden _CashierDesk sheet the other wrote, or a
 * workflow would refuse (or worse, overwrite) a sheet it owns.
 */
import { openXlsx } from '../../src/adapters/xlsx';
import type { OwnedTable } from '../../src/workbook/workbookPort';
import type { DumpedSheet, SeedWorkbook } from '../contract/seed';
import { seedToXlsx } from '../support/seedXlsx';
import { dumpXlsx } from '../support/xlsxSubject';
import { excelOverTwin } from './excelTwinSubject';

const cashierSheet = {
  name: '应收账款',
  cells: [
    ['客户', '金额'],
    ['甲公司', 100],
  ],
};

const ledger: OwnedTable = {
  sheet: '台账 Ledger',
  tableName: 'CashierLedger',
  columns: [
    { header: '客户 Customer', format: 'text' },
    { header: '金额 Amount', format: 'money' },
  ],
  rows: [['甲公司', 10000]],
};

function asSeed(dumped: readonly DumpedSheet[]): SeedWorkbook {
  return {
    sheets: dumped.map((sheet) => ({
      name: sheet.name,
      cells: sheet.cells,
      numberFormats: sheet.numberFormats,
      visibility: sheet.visibility,
    })),
  };
}

describe('the _CashierDesk store', () => {
  it('written by the .xlsx adapter is understood by the Excel adapter', async () => {
    const file = await openXlsx(await seedToXlsx({ sheets: [cashierSheet] }));
    await file.writeOwnedTable(ledger);
    await file.writeStoredValues({ 'settings.asOf': '2024-06-30' });

    const { port } = excelOverTwin(asSeed(await dumpXlsx(await file.save())));
    const facts = await port.describe();

    expect(facts.sheets.find((s) => s.name === '台账 Ledger')?.owned).toBe(true);
    expect(facts.sheets.find((s) => s.name === '应收账款')?.owned).toBe(false);
    expect(await port.readStoredValues()).toEqual({ 'settings.asOf': '2024-06-30' });
    await expect(port.writeOwnedTable(ledger)).resolves.toBeUndefined();
  });

  it('written by the Excel adapter is understood by the .xlsx adapter', async () => {
    const excel = excelOverTwin({ sheets: [cashierSheet] });
    await excel.port.writeOwnedTable(ledger);
    await excel.port.writeStoredValues({ 'settings.asOf': '2024-06-30' });

    const file = await openXlsx(await seedToXlsx(asSeed(await excel.dump())));
    const facts = await file.describe();

    expect(facts.sheets.find((s) => s.name === '台账 Ledger')?.owned).toBe(true);
    expect(facts.sheets.find((s) => s.name === '应收账款')?.owned).toBe(false);
    expect(await file.readStoredValues()).toEqual({ 'settings.asOf': '2024-06-30' });
  });

  it('refuses a stored value that would pose as an owned-sheet mark', async () => {
    const file = await openXlsx(await seedToXlsx({ sheets: [cashierSheet] }));

    await expect(file.writeStoredValues({ 'owned:应收账款': '1' })).rejects.toThrow('owned:');
  });
});
