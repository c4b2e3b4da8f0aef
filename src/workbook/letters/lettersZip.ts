/**
 * Many letters in one .zip: one .docx per letter and index.csv listing them (letter number,
 * customer, kind, level, amount, currency, file), for printing or sending in bulk.
 */
import { zipSync, type Zippable } from 'fflate';
import { formatYuanPlain } from '../../domain/money';
import type { LetterModel } from '../../domain/letters/letterModel';
import { csvText } from './csvText';
import { renderLetterDocx } from './letterDocx';
import { FileNamer } from './safeFileName';

export const INDEX_FILE = 'index.csv';

// The earliest date a zip entry can carry; used only for the index of an empty batch.
const EMPTY_BATCH_DAY = '1980-01-01';

const INDEX_HEADER = [
  '函号 Letter no.',
  '客户 Customer',
  '类型 Kind',
  '级别 Level',
  '金额 Amount',
  '币种 Currency',
  '文件 File',
];

/** One .zip holding every letter as .docx plus index.csv, in the order given. */
export async function renderLettersZip(letters: readonly LetterModel[]): Promise<Uint8Array> {
  const entries: Zippable = {};
  const namer = new FileNamer();
  const index: (string | number)[][] = [INDEX_HEADER];

  for (const letter of letters) {
    const file = namer.name(`${letter.number} ${letter.customerName} ${letter.title}`, 'docx');
    // A .docx is already deflated: storing it (level 0) costs nothing and loses nothing.
    entries[file] = [await renderLetterDocx(letter), { level: 0, mtime: dayAsDate(letter.date) }];
    index.push([
      letter.number,
      letter.customerName,
      letter.kind,
      letter.level ?? '',
      formatYuanPlain(letter.amount),
      letter.currency,
      file,
    ]);
  }

  const indexDay = letters.at(-1)?.date ?? EMPTY_BATCH_DAY;
  entries[INDEX_FILE] = [
    new TextEncoder().encode(csvText(index)),
    { level: 6, mtime: dayAsDate(indexDay) },
  ];
  return zipSync(entries);
}

// Zip entries carry the letter's own date, so the archive does not depend on the clock.
function dayAsDate(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}
