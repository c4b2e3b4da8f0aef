/**
 * The sender's details a letter prints (company name, bank account, contact), read from the
 * workbook. Keys, one per LetterCompany field: company.name, company.accountName,
 * company.accountNumber, company.bankName, company.contactPerson, company.contactPhone.
 *
 * They are looked up in the stored values, then on the owned Settings sheet (设置: a key column
 * "键 Key" and a value column "值 Value"), whose non-blank values win because that is where the
 * cashier edits them. A blank value stays blank: composing a letter that needs it then fails with
 * letters.value-missing instead of printing a gap.
 */
import type { LetterCompany } from '../../domain/letters/letterData';
import { cellText } from '../structure/cellText';
import type { StoredValues, WorkbookFacts, WorkbookPort } from '../workbookPort';
import { ownedSheetPlace, readSheetCells } from './ownedSheetCells';

export const SETTINGS_SHEET_NAME = '设置';

export async function readCompanyDetails(
  port: WorkbookPort,
  facts: WorkbookFacts,
  stored: StoredValues,
): Promise<LetterCompany> {
  const values = new Map<string, string>(Object.entries(stored));
  for (const [key, value] of await settingsSheetValues(port, facts)) {
    if (value !== '') values.set(key, value);
  }

  const get = (field: keyof LetterCompany): string => (values.get(`company.${field}`) ?? '').trim();
  return {
    name: get('name'),
    accountName: get('accountName'),
    accountNumber: get('accountNumber'),
    bankName: get('bankName'),
    contactPerson: get('contactPerson'),
    contactPhone: get('contactPhone'),
  };
}

async function settingsSheetValues(
  port: WorkbookPort,
  facts: WorkbookFacts,
): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const place = ownedSheetPlace(facts, SETTINGS_SHEET_NAME);
  if (!place.exists) return out;

  const { values } = await readSheetCells(port, place.sheet);
  const header = (values[0] ?? []).map((cell) => cellText(cell).toLowerCase());
  const keyColumn = header.findIndex((text) => text.startsWith('键') || text.includes('key'));
  const valueColumn = header.findIndex((text) => text.startsWith('值') || text.includes('value'));
  if (keyColumn < 0 || valueColumn < 0) return out;

  for (const row of values.slice(1)) {
    const key = cellText(row[keyColumn]);
    if (key.startsWith('company.')) out.set(key, cellText(row[valueColumn]));
  }
  return out;
}
