/**
 * Writing edited settings back to the owned Settings sheet (设置), for the task pane's Settings
 * screen. The sheet stays the cashier's: every row keeps its place, a known key gets its new value
 * (its notes are kept too), rows the add-in does not know are kept as they are, and known settings
 * missing from the sheet are added at the end. Workflows still never rewrite it on their own.
 */
import type { CellValue, OwnedCell, WorkbookPort } from '../workbookPort';
import { cellText, SETTING_ROWS } from './settingRows';
import { freeSheetName } from '../structure/writeStructure';
import { SETTINGS_SHEET, settingsTable } from './settingsSheet';
import type { WorkbookSettings } from './workbookSettings';

/** Rewrites the Settings sheet with `settings`, keeping the cashier's rows; returns its name. */
export async function writeSettingsSheet(
  port: WorkbookPort,
  settings: WorkbookSettings,
): Promise<string> {
  const facts = await port.describe();
  const sheet = freeSheetName(facts, SETTINGS_SHEET);
  const exists = facts.sheets.some((info) => info.name === sheet && info.owned);
  const fresh = settingsTable(sheet, settings);
  if (!exists) {
    await port.writeOwnedTable(fresh);
    return sheet;
  }

  const cells: OwnedCell[][] = [];
  for await (const block of port.readSheet(sheet)) {
    for (const row of block.values) cells.push(row.map((value) => ownedCell(value)));
  }
  const header = (cells[0] ?? []).map((value) => cellText(value));
  const keyColumn = Math.max(0, header.indexOf(fresh.columns[0]?.header ?? ''));
  const valueColumn = header.indexOf(fresh.columns[2]?.header ?? '');
  const value = valueColumn >= 0 ? valueColumn : 2;

  const written = new Set<string>();
  const rows = cells.slice(1).map((row) => {
    const key = cellText(row[keyColumn] ?? null);
    const definition = SETTING_ROWS.find((candidate) => candidate.key === key);
    if (definition === undefined || written.has(key)) return padded(row);
    written.add(key);
    const next = padded(row);
    next[value] = definition.show(settings);
    return next;
  });
  for (const row of fresh.rows) {
    if (!written.has(String(row[0]))) rows.push([...row]);
  }
  await port.writeOwnedTable({ ...fresh, rows });
  return sheet;
}

function padded(row: readonly OwnedCell[]): OwnedCell[] {
  const out = row.slice(0, 4);
  while (out.length < 4) out.push(null);
  return out;
}

// Error cells are kept as their text: the table cannot be written with an error value in it.
function ownedCell(value: CellValue): OwnedCell {
  return value !== null && typeof value === 'object' ? value.error : value;
}
