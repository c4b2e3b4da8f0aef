/**
 * Small workbooks for the receivables workflows, with results worked out by hand, and helpers to
 * read a port back: every sheet's cells, and a hash of the cashier's own sheets.
 */
import { createHash } from 'node:crypto';

import { openXlsx } from '../../../src/adapters/xlsx';
import type { XlsxWorkbook } from '../../../src/adapters/xlsx';
import type { CellValue, WorkbookPort } from '../../../src/workbook/workbookPort';
import type { SeedSheet, SeedWorkbook } from '../../contract/seed';
import { seedToXlsx } from '../../support/seedXlsx';

/**
 * As of 2024-03-31 (default net 30): Acme's INV-1 (1,000.00 on 2024-01-01, due 01-31) is half
 * paid by R-12 on 03-05: 500.00 open, 60 days past due (31-60). INV-2 (250.50 on 03-20, due
 * 04-19) is not due. Blue Sky paid 300.00 ahead (unapplied). "=Evil" tests CSV neutralisation.
 */
export const SMALL_LEDGER: SeedWorkbook = {
  sheets: [
    {
      name: 'Ledger',
      cells: [
        ['Type', 'Date', 'Num', 'Name', 'Amount'],
        ['Invoice', '2024-01-01', 'INV-1', 'Acme Trading', 1000],
        ['Payment', '2024-03-05', 'R-12', 'Acme Trading', 500],
        ['Invoice', '2024-03-20', 'INV-2', 'Acme Trading', 250.5],
        ['Payment', '2024-02-01', 'R-13', 'Blue Sky Foods', 300],
        ['Invoice', '2023-01-10', 'INV-9', '=Evil Corp', 99.99],
        ['Invoice', '2024-04-02', 'INV-3', 'Acme Trading', 700],
      ],
    },
  ],
};

export async function xlsxOf(seed: SeedWorkbook): Promise<XlsxWorkbook> {
  return openXlsx(await seedToXlsx(seed));
}

export async function sheetCells(port: WorkbookPort, sheet: string): Promise<CellValue[][]> {
  const cells: CellValue[][] = [];
  for await (const block of port.readSheet(sheet)) {
    for (const row of block.values) cells.push([...row]);
  }
  return cells;
}

/** A hash of every cell, number format, hidden row and merged area of the cashier's sheets. */
export async function cashierHash(port: WorkbookPort): Promise<string> {
  const hash = createHash('sha256');
  const facts = await port.describe();
  for (const sheet of facts.sheets.filter((info) => !info.owned)) {
    hash.update(sheet.name);
    for await (const block of port.readSheet(sheet.name)) {
      hash.update(
        JSON.stringify([block.startRow, block.values, block.numberFormats, block.hiddenRows]),
      );
    }
    hash.update(JSON.stringify(await port.readMergedAreas(sheet.name)));
  }
  return hash.digest('hex');
}

/**
 * A sheet of the cashier's with what a write could disturb: a merged title, a date serial shown
 * as a date, a hidden row, text kept as text, an error value. Named as an owned sheet would be, it
 * also checks that a workflow writes beside it rather than over it.
 */
export function cashierNotesSheet(name: string): SeedSheet {
  return {
    name,
    cells: [
      ['出纳备注 Cashier notes', null, null],
      [46357, '00123', '=SUM(1,2)'],
      ['隐藏 hidden', 12.5, { error: '#N/A' }],
    ],
    numberFormats: [
      ['General', 'General', 'General'],
      ['yyyy-mm-dd', '@', '@'],
      ['General', '0.00', 'General'],
    ],
    merged: [{ startRow: 1, startColumn: 1, endRow: 1, endColumn: 3 }],
    hiddenRows: [3],
  };
}

/** Every owned sheet's cells by name (the very hidden store excluded). */
export async function ownedSheets(port: WorkbookPort): Promise<Record<string, CellValue[][]>> {
  const facts = await port.describe();
  const sheets: Record<string, CellValue[][]> = {};
  for (const sheet of facts.sheets.filter(
    (info) => info.owned && info.visibility !== 'very-hidden',
  )) {
    sheets[sheet.name] = await sheetCells(port, sheet.name);
  }
  return sheets;
}

/** The row of a sheet whose first cell (or given column) is the text, as an object by header. */
export function rowsByHeader(
  cells: readonly (readonly CellValue[])[],
): Record<string, CellValue>[] {
  const header = (cells[0] ?? []).map(String);
  return cells
    .slice(1)
    .map((row) => Object.fromEntries(header.map((name, i) => [name, row[i] ?? null])));
}
