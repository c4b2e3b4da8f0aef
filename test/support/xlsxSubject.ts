/**
 * The .xlsx adapter as a contract subject: seeded through ExcelJS, dumped by reopening the bytes
 * it saves, so every check also proves the saved file reads back.
 */
import type { ContractSubject, DumpedSheet, SeedWorkbook } from '../contract/seed';
import { openXlsx, type XlsxWorkbook } from '../../src/adapters/xlsx';
import type { CellValue } from '../../src/workbook/workbookPort';
import { seedToXlsx } from './seedXlsx';

export async function makeXlsxSubject(seed: SeedWorkbook): Promise<ContractSubject> {
  const port = await openXlsx(await seedToXlsx(seed));
  return { port, dump: async () => dumpXlsx(await port.save()) };
}

export async function dumpXlsx(bytes: Uint8Array): Promise<DumpedSheet[]> {
  const workbook = await openXlsx(bytes);
  const facts = await workbook.describe();
  const sheets: DumpedSheet[] = [];
  for (const sheet of facts.sheets)
    sheets.push(await dumpSheet(workbook, sheet.name, sheet.visibility));
  return sheets;
}

async function dumpSheet(
  workbook: XlsxWorkbook,
  name: string,
  visibility: DumpedSheet['visibility'],
): Promise<DumpedSheet> {
  const cells: CellValue[][] = [];
  const numberFormats: string[][] = [];
  for await (const block of workbook.readSheet(name)) {
    cells.push(...block.values.map((row) => [...row]));
    numberFormats.push(...block.numberFormats.map((row) => [...row]));
  }
  const layout = await workbook.readSheetLayout(name);
  return {
    name,
    cells,
    numberFormats,
    visibility,
    tables: [...layout.tables],
    frozenRows: layout.frozenRows,
  };
}
