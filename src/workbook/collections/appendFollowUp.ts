/**
 * Adding one follow-up to the owned Follow-ups sheet (跟进记录) from the task pane's form. The
 * sheet is the cashier's typing, so every row already on it is written back exactly as it reads:
 * a date serial stays that serial, text stays text, a typed amount stays the same yuan (money
 * cells are read as yuan and the table writes fen, hence the one conversion). The new row goes
 * last. An owned table can only be written whole, which is why the rows are copied at all.
 */
import type { FollowUpChannel, FollowUpEntry } from '../../domain/collections/collectionsInput';
import { customerKey } from '../../domain/customerName';
import type { Customer } from '../../domain/ledger';
import type { Lang } from '../../domain/messages';
import { fenFromYuanNumber } from '../../domain/money';
import { isCellError, type CellValue, type OwnedCell, type WorkbookPort } from '../workbookPort';
import { FOLLOW_UP_COLUMNS, FOLLOW_UPS_SHEET, followUpsTable } from './followUpsSheet';
import { ownedSheetPlace, readSheetCells } from './ownedSheetCells';

/** Words the Follow-ups reader knows for each channel (the audit row uses them too). */
export const CHANNEL_WORDS: Readonly<Record<FollowUpChannel, Readonly<Record<Lang, string>>>> = {
  phone: { zh: '电话', en: 'phone' },
  email: { zh: '邮件', en: 'email' },
  visit: { zh: '拜访', en: 'visit' },
  letter: { zh: '函件', en: 'letter' },
  wechat: { zh: '微信', en: 'wechat' },
};

/** Appends `entry` to the Follow-ups sheet (created when missing); returns the sheet's name. */
export async function appendFollowUp(
  port: WorkbookPort,
  entry: FollowUpEntry,
  customers: readonly Customer[],
  lang: Lang,
): Promise<string> {
  const facts = await port.describe();
  const place = ownedSheetPlace(facts, FOLLOW_UPS_SHEET);
  const kept: OwnedCell[][] = [];
  if (place.exists) {
    const { values } = await readSheetCells(port, place.sheet);
    for (const row of values.slice(1)) {
      if (row.every((cell) => cell === null || cell === '')) continue;
      kept.push(FOLLOW_UP_COLUMNS.map((column, index) => keptCell(row[index], column.format)));
    }
  }

  kept.push([
    entry.date,
    customerText(entry.customerId, customers),
    CHANNEL_WORDS[entry.channel][lang],
    entry.said,
    entry.promisedDate ?? null,
    entry.promisedAmount ?? null,
    entry.nextAction ?? null,
  ]);
  await port.writeOwnedTable({ ...followUpsTable(place.sheet), rows: kept });
  return place.sheet;
}

function keptCell(cell: CellValue | undefined, format: string): OwnedCell {
  if (cell === undefined) return null;
  if (isCellError(cell)) return cell.error;
  if (format === 'money' && typeof cell === 'number') return fenFromYuanNumber(cell);
  return cell;
}

// The name reads best; the id is written when another customer's name reads the same.
function customerText(customerId: string, customers: readonly Customer[]): string {
  const customer = customers.find((c) => c.id === customerId);
  if (customer === undefined) return customerId;
  const key = customerKey(customer.name);
  const shared = customers.some(
    (other) =>
      other.id !== customerId &&
      [other.name, ...other.nameVariants].some((n) => customerKey(n) === key),
  );
  return shared ? customerId : customer.name;
}
