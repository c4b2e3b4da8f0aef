/**
 * The letter log (函件记录): every letter Cashier Desk produced, kept in the workbook's stored
 * values and shown on an owned sheet that is rewritten from it after each run. The stored log, not
 * the sheet, is the record: numbers continue from it (and from any number still on the sheet), so
 * a letter number is never given out twice, even when the cashier edits or deletes sheet rows.
 *
 * Stored as lines of tab-separated fields in chunks under `collections.letterLog.N`, because one
 * Excel cell holds at most 32,767 characters.
 */
import type {
  LetterChannel,
  LetterKind,
  LetterLogEntry,
} from '../../domain/collections/collectionsInput';
import type { ReminderLevel } from '../../domain/collections/reminderSettings';
import { asIsoDay } from '../../domain/isoDay';
import type { CurrencyCode, Fen } from '../../domain/money';
import type { Problem } from '../../domain/problem';
import { cellText } from '../structure/cellText';
import type { OwnedTable, StoredValues, WorkbookFacts, WorkbookPort } from '../workbookPort';
import { ownedSheetPlace, readSheetCells } from './ownedSheetCells';

export const LETTERS_SHEET = '函件记录';
export const LETTER_LOG_KEY = 'collections.letterLog';
const CHUNK_CHARS = 30_000;

/** A logged letter with what the sheet shows besides the domain's log line. */
export interface LoggedLetter extends LetterLogEntry {
  readonly customerName: string;
  readonly currency: CurrencyCode;
  readonly file: string;
}

const CHANNELS: readonly LetterChannel[] = ['post', 'email', 'hand', 'fax', 'wechat', 'other'];

function lineOf(letter: LoggedLetter): string {
  return [
    letter.number,
    letter.date,
    letter.customerId,
    letter.customerName,
    letter.kind,
    letter.level === undefined ? '' : String(letter.level),
    String(letter.amount),
    letter.currency,
    letter.channel,
    letter.file,
  ]
    .map((field) => field.replace(/[\t\r\n]/g, ' '))
    .join('\t');
}

function letterOf(line: string): LoggedLetter | undefined {
  const [number, date, customerId, customerName, kind, level, amount, currency, channel, file] =
    line.split('\t');
  const day = asIsoDay(date ?? '');
  const fen = Number(amount);
  if (
    !number ||
    !day ||
    customerId === undefined ||
    (kind !== 'reminder' && kind !== 'statement') ||
    !Number.isSafeInteger(fen) ||
    !CHANNELS.includes(channel as LetterChannel)
  ) {
    return undefined;
  }
  const levelNumber = Number(level);
  return {
    number,
    date: day,
    customerId,
    customerName: customerName ?? '',
    kind: kind as LetterKind,
    ...(levelNumber === 1 || levelNumber === 2 || levelNumber === 3
      ? { level: levelNumber as ReminderLevel }
      : {}),
    amount: fen as Fen,
    currency: currency ?? '',
    channel: channel as LetterChannel,
    file: file ?? '',
  };
}

export interface LetterLogRead {
  readonly letters: readonly LoggedLetter[];
  /** A stored line that does not read back: the run must stop, or a number could repeat. */
  readonly problems: readonly Problem[];
}

/** The stored log, oldest first. */
export function readLetterLog(stored: StoredValues): LetterLogRead {
  const letters: LoggedLetter[] = [];
  const problems: Problem[] = [];
  for (let chunk = 0; stored[`${LETTER_LOG_KEY}.${chunk}`] !== undefined; chunk++) {
    const text = stored[`${LETTER_LOG_KEY}.${chunk}`] ?? '';
    for (const line of text.split('\n')) {
      if (line === '') continue;
      const letter = letterOf(line);
      if (letter) letters.push(letter);
      else problems.push({ code: 'collections.letter-log-unreadable', detail: { line } });
    }
  }
  return { letters, problems };
}

/** The stored values with the log replaced by `letters` (other keys kept). */
export function withLetterLog(
  stored: StoredValues,
  letters: readonly LoggedLetter[],
): StoredValues {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(stored)) {
    if (!key.startsWith(`${LETTER_LOG_KEY}.`)) out[key] = value;
  }
  let chunk = 0;
  let text = '';
  for (const letter of letters) {
    const line = `${lineOf(letter)}\n`;
    if (text.length + line.length > CHUNK_CHARS && text !== '') {
      out[`${LETTER_LOG_KEY}.${chunk++}`] = text;
      text = '';
    }
    text += line;
  }
  if (text !== '') out[`${LETTER_LOG_KEY}.${chunk}`] = text;
  return out;
}

/** Letter numbers on the log sheet now (column A), so numbering also skips what it shows. */
export async function numbersOnLogSheet(
  port: WorkbookPort,
  facts: WorkbookFacts,
): Promise<{ number: string }[]> {
  const place = ownedSheetPlace(facts, LETTERS_SHEET);
  if (!place.exists) return [];
  const { values } = await readSheetCells(port, place.sheet);
  return values.slice(1).map((cells) => ({ number: cellText(cells[0]) }));
}

/** The log sheet for the whole log, newest letters last. */
export function letterLogTable(sheet: string, letters: readonly LoggedLetter[]): OwnedTable {
  return {
    sheet,
    tableName: 'CashierLetterLog',
    columns: [
      { header: '函号 Letter no.', format: 'text', width: 16 },
      { header: '日期 Date', format: 'date', width: 12 },
      { header: '客户编号 Customer ID', format: 'text', width: 14 },
      { header: '客户 Customer', format: 'text', width: 30 },
      { header: '类型 Kind', format: 'text', width: 12 },
      { header: '级别 Level', format: 'integer', width: 8 },
      { header: '金额 Amount', format: 'money', width: 16 },
      { header: '币种 Currency', format: 'text', width: 8 },
      { header: '渠道 Channel', format: 'text', width: 10 },
      { header: '文件 File', format: 'text', width: 50 },
    ],
    rows: letters.map((l) => [
      l.number,
      l.date,
      l.customerId,
      l.customerName,
      l.kind,
      l.level ?? null,
      l.amount,
      l.currency,
      l.channel,
      l.file,
    ]),
  };
}

export function logSheetName(facts: WorkbookFacts): string {
  return ownedSheetPlace(facts, LETTERS_SHEET).sheet;
}
