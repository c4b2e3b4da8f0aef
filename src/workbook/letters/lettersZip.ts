/**
 * Many letters in one .zip: one .docx per letter and index.csv listing them (letter number,
 * customer, kind, level, amount, currency, file), for printing or sending in bulk.
 */
import JSZip from 'jszip';
import { formatYuanPlain } from '../../domain/money';
import type { LetterModel } from '../../domain/letters/letterModel';
import { csvText } from './csvText';
import { renderLetterDocx } from './letterDocx';
import { FileNamer } from './safeFileName';

export const INDEX_FILE = 'index.csv';

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
  const zip = new JSZip();
  const namer = new FileNamer();
  const index: (string | number)[][] = [INDEX_HEADER];

  for (const letter of letters) {
    const file = namer.name(`${letter.number} ${letter.customerName} ${letter.title}`, 'docx');
    const bytes = await renderLetterDocx(letter);
    // A .docx is already compressed: storing it saves time and loses nothing.
    zip.file(file, bytes, { compression: 'STORE', date: dayAsDate(letter.date) });
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

  zip.file(INDEX_FILE, new TextEncoder().encode(csvText(index)), { compression: 'DEFLATE' });
  return zip.generateAsync({ type: 'uint8array' });
}

// Zip entries carry the letter's own date, so the archive does not depend on the clock.
function dayAsDate(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}
