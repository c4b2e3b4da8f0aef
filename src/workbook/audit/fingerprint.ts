/**
 * The fingerprint of the cashier's own sheets: SHA-256 over every sheet's name and the values of
 * its cells, row by row, in workbook order. Number formats, widths and owned sheets are left out,
 * so a run of Cashier Desk never changes the fingerprint and any change of a value does.
 */
import { Sha256 } from '../../domain/audit/sha256';
import { isCellError, type CellValue, type WorkbookPort } from '../workbookPort';

/** Fingerprints the values of every sheet the cashier made (hidden ones included). */
export async function fingerprintCashierSheets(
  port: WorkbookPort,
  signal?: AbortSignal,
): Promise<string> {
  const facts = await port.describe();
  const hash = new Sha256();

  for (const sheet of facts.sheets) {
    if (sheet.owned) continue;
    hash.update(`\u001dsheet ${JSON.stringify(sheet.name)}\n`);
    for await (const block of port.readSheet(sheet.name, signal ? { signal } : {})) {
      block.values.forEach((row, i) => {
        // Row numbers make an inserted blank row count; trailing blanks are dropped per row.
        let line = `${block.startRow + i}`;
        let last = row.length;
        while (last > 0 && row[last - 1] === null) last--;
        for (let c = 0; c < last; c++) line += `\u001f${cellToken(row[c] ?? null)}`;
        if (last > 0) hash.update(`${line}\n`);
      });
    }
  }
  return hash.hex();
}

function cellToken(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'string') return `s${JSON.stringify(value)}`;
  if (typeof value === 'number') return `n${Object.is(value, -0) ? 0 : value}`;
  if (typeof value === 'boolean') return value ? 'b1' : 'b0';
  return isCellError(value) ? `e${value.error}` : '';
}
