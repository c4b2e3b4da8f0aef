/**
 * A cashier's text that looks like a formula (a customer called "=HYPERLINK(...)", a memo of
 * "+cmd|...") must come out of Cashier Desk as that text, never as a formula: in the owned sheets
 * Excel gets through Office.js, in the .xlsx files the command line saves, and in every CSV.
 */
import ExcelJS from 'exceljs';

import { openXlsx } from '../../src/adapters/xlsx';
import { rowFormats } from '../../src/adapters/excel/ownedTableWriter';
import { couldRunAsFormula } from '../../src/domain/formulaText';
import type { CellValue, ColumnFormat, OwnedTable } from '../../src/workbook/workbookPort';
import { CASHIER_SEED } from '../contract/workbookContract';
import { excelOverTwin } from '../adapters/excelTwinSubject';
import { seedToXlsx } from '../support/seedXlsx';

const RUNNABLE = [
  '=1+1',
  '=HYPERLINK("http://evil","x")',
  "+cmd|' /C calc'!A0",
  '-2+3',
  '@SUM(A1:A9)',
  '\t=1+1',
  '\r=1+1',
  '-',
  '+',
];
const NOT_RUNNABLE = ['-1234.50', '1234.50', '华东五金', 'a=b', '＝1+1', ''];

// Every format a string can be written under (a date column takes only ISO days).
const FORMATS: readonly ColumnFormat[] = [
  'text',
  'money',
  'integer',
  'number',
  'percent',
  'boolean',
];

function tableOf(values: readonly string[]): OwnedTable {
  return {
    sheet: '台账',
    tableName: 'CashierLedger',
    columns: FORMATS.map((format) => ({ header: format, format })),
    rows: values.map((value) => FORMATS.map(() => value)),
  };
}

describe('text that could run as a formula', () => {
  it.each(RUNNABLE)('counts %j as runnable', (text) => {
    expect(couldRunAsFormula(text)).toBe(true);
  });

  it.each(NOT_RUNNABLE)('does not count %j', (text) => {
    expect(couldRunAsFormula(text)).toBe(false);
  });

  it('is written by the Excel adapter into text cells whatever the column format', async () => {
    const { twin, port } = excelOverTwin(CASHIER_SEED);

    await port.writeOwnedTable(tableOf(RUNNABLE));

    const cells = twin.dump().find((sheet) => sheet.name === '台账')?.cells ?? [];
    const expected = RUNNABLE.map((value) => FORMATS.map(() => value));
    expect(cells.slice(1)).toEqual(expected);
  });

  it('leaves other text and numbers in their column formats in Excel', () => {
    const formats = ['@', '0', 'General'];

    expect(rowFormats(['=1', 5, '=2'], formats)).toEqual(['@', '0', '@']);
    expect(rowFormats(['华东五金', 5, '-5'], formats)).toBe(formats);
  });

  it('is saved by the .xlsx adapter as text that Excel reads as text, not a formula', async () => {
    const port = await openXlsx(await seedToXlsx(CASHIER_SEED));

    await port.writeOwnedTable(tableOf(RUNNABLE));
    const saved = await port.save();

    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(saved) as unknown as ExcelJS.Buffer);
    const sheet = book.getWorksheet('台账');
    const found: CellValue[][] = [];
    sheet?.eachRow((row, number) => {
      if (number === 1) return;
      const values: CellValue[] = [];
      for (let c = 1; c <= FORMATS.length; c++) {
        const cell = row.getCell(c);
        expect(cell.type).toBe(ExcelJS.ValueType.String);
        values.push(cell.value as string);
      }
      found.push(values);
    });
    // XML reads a bare carriage return as a line feed; the cell is text either way.
    const stored = RUNNABLE.map((value) => value.replace(/\r/g, '\n'));
    expect(found).toEqual(stored.map((value) => FORMATS.map(() => value)));
  });
});
