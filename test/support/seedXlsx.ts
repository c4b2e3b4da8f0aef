/**
 * Builds a real .xlsx file from a SeedWorkbook with ExcelJS, so tests of any area can start from
 * plain data and still exercise a file Excel would open. ExcelJS is an independent writer: the
 * .xlsx adapter's reader is checked against files it did not write itself.
 */
import ExcelJS from 'exceljs';

import type { SeedSheet, SeedWorkbook } from '../contract/seed';
import { isCellError, type CellValue } from '../../src/workbook/workbookPort';

export async function seedToXlsx(seed: SeedWorkbook): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.properties.date1904 = seed.dateSystem === '1904';

  for (const sheet of seed.sheets) addSeedSheet(workbook, sheet);

  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

const STATES = { visible: 'visible', hidden: 'hidden', 'very-hidden': 'veryHidden' } as const;

function addSeedSheet(workbook: ExcelJS.Workbook, seed: SeedSheet): void {
  const sheet = workbook.addWorksheet(seed.name, { state: STATES[seed.visibility ?? 'visible'] });

  seed.cells.forEach((row, r) => {
    row.forEach((value, c) => {
      const format = seed.numberFormats?.[r]?.[c];
      if (value === null && (format === undefined || format === 'General')) return;
      const cell = sheet.getCell(r + 1, c + 1);
      cell.value = toExcelJsValue(value);
      if (format !== undefined && format !== 'General') cell.numFmt = format;
    });
  });

  for (const area of seed.merged ?? []) {
    sheet.mergeCells(area.startRow, area.startColumn, area.endRow, area.endColumn);
  }

  for (const row of seed.hiddenRows ?? []) sheet.getRow(row).hidden = true;
}

function toExcelJsValue(value: CellValue): ExcelJS.CellValue {
  if (value !== null && isCellError(value)) {
    return { error: value.error } as ExcelJS.CellErrorValue;
  }
  return value;
}
