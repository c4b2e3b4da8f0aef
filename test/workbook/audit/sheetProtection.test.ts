import { unzipSync, strFromU8 } from 'fflate';

import { openXlsx } from '../../../src/adapters/xlsx';
import { recordRun } from '../../../src/workbook/audit';
import type { OwnedTable } from '../../../src/workbook/workbookPort';
import { excelOverTwin } from '../../adapters/excelTwinSubject';
import { seedToXlsx } from '../../support/seedXlsx';

const SEED = { sheets: [{ name: '应收', cells: [['日期', '客户名称', '类型', '金额']] }] };

const table = (protect: boolean): OwnedTable => ({
  sheet: '台账',
  tableName: 'CashierLedger',
  columns: [{ header: '金额 Amount', format: 'money' }],
  rows: [[12_345]],
  protect,
});

const RUN = {
  time: '2026-12-03T09:00:00Z',
  action: 'structure',
  rowsIn: 1,
  amountsIn: '',
  rowsOut: 0,
  amountsOut: '',
  result: 'ok',
};

describe('protection of owned sheets', () => {
  it('in Excel: protects a sheet asked to be protected, and a re-run replaces it all the same', async () => {
    const { twin, port } = excelOverTwin(SEED);

    await port.writeOwnedTable(table(true));
    await port.writeOwnedTable({ ...table(true), rows: [[1], [2]] });
    const sheet = twin.book.sheets.find((s) => s.name === '台账')!;

    expect(sheet.protection).toEqual({
      allowAutoFilter: true,
      allowSort: true,
      allowFormatColumns: true,
    });
    expect(twin.dump().find((s) => s.name === '台账')!.cells).toEqual([
      ['金额 Amount'],
      [0.01],
      [0.02],
    ]);
  });

  it('in Excel: leaves other owned sheets editable, and the cashier’s sheets untouched', async () => {
    const { twin, port } = excelOverTwin(SEED);
    await port.writeOwnedTable(table(false));
    expect(twin.book.sheets.find((s) => s.name === '台账')!.protection).toBeUndefined();
    expect(twin.book.sheets.find((s) => s.name === '应收')!.protection).toBeUndefined();
  });

  it('in Excel before ExcelApi 1.2: writes the sheet unprotected rather than failing', async () => {
    const { twin, port } = excelOverTwin(SEED, { excelApi: '1.1' });
    await port.writeOwnedTable(table(true));
    expect(twin.book.sheets.find((s) => s.name === '台账')!.protection).toBeUndefined();
  });

  it('in Excel: the audit trail appends to its protected sheet run after run', async () => {
    const { twin, port } = excelOverTwin(SEED);
    await recordRun(port, RUN);
    const { rows } = await recordRun(port, { ...RUN, action: 'aging' });
    expect(rows.map((r) => r.seq)).toEqual([1, 2]);
    expect(twin.book.sheets.find((s) => s.name === '审计记录')!.protection).toBeDefined();
  });

  it('in .xlsx: writes sheetProtection without a password only where asked, after sheetData', async () => {
    const port = await openXlsx(await seedToXlsx(SEED));
    await port.writeOwnedTable(table(true));
    await port.writeOwnedTable({ ...table(false), sheet: '其他', tableName: 'Other' });
    const parts = unzipSync(await port.save());
    const sheets = Object.entries(parts)
      .filter(([name]) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name))
      .map(([, bytes]) => strFromU8(bytes));

    const protectedSheets = sheets.filter((xml) => xml.includes('<sheetProtection '));
    expect(protectedSheets).toHaveLength(1);
    expect(protectedSheets[0]).toMatch(/<\/sheetData><sheetProtection sheet="1"[^>]*\/>/);
    expect(protectedSheets[0]).not.toMatch(/password|hashValue/);
  });
});
