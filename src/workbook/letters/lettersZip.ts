/**
 * Many letters in one .zip: one .docx per letter and index.csv listing them (letter number,
 * customer, kind, level, amount, currency, file), for printing or sending in bulk.
 */
import { zipSync, type Zippable } from 'fflate';
import { formatYuanPlain } from '../../domain/money';
import type { LetterModel } from '../../domain/letters/letterModel';
import { csvText } from './csvText';
import { inThreadPress, pressLetters, type LetterPress } from './letterPress';
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

/** One letter's file in a batch. */
export interface LetterFile {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly letter: LetterModel;
}

/** A batch of letters: each .docx, index.csv, and the .zip holding them all. */
export interface LetterBatch {
  readonly files: readonly LetterFile[];
  readonly indexCsv: string;
  readonly zip: Uint8Array;
}

/** How a batch is printed. */
export interface LetterBatchOptions {
  /** Prints the .docx files; the in-thread press unless the host gives one that uses threads. */
  readonly press?: LetterPress;
}

/** Every letter as .docx with a safe unique file name, index.csv, and the .zip of them all. */
export async function renderLetterBatch(
  letters: readonly LetterModel[],
  options: LetterBatchOptions = {},
): Promise<LetterBatch> {
  const entries: Zippable = {};
  const files: LetterFile[] = [];
  const namer = new FileNamer();
  const index: (string | number)[][] = [INDEX_HEADER];
  const printed = await pressLetters(options.press ?? inThreadPress, letters);

  for (const [i, letter] of letters.entries()) {
    const name = namer.name(`${letter.number} ${letter.customerName} ${letter.title}`, 'docx');
    const bytes = printed[i] ?? new Uint8Array();
    files.push({ name, bytes, letter });
    // A .docx is already deflated: storing it (level 0) costs nothing and loses nothing.
    entries[name] = [bytes, { level: 0, mtime: dayAsDate(letter.date) }];
    index.push([
      letter.number,
      letter.customerName,
      letter.kind,
      letter.level ?? '',
      formatYuanPlain(letter.amount),
      letter.currency,
      name,
    ]);
  }

  const indexCsv = csvText(index);
  const indexDay = letters.at(-1)?.date ?? EMPTY_BATCH_DAY;
  entries[INDEX_FILE] = [
    new TextEncoder().encode(indexCsv),
    { level: 6, mtime: dayAsDate(indexDay) },
  ];
  return { files, indexCsv, zip: zipSync(entries) };
}

/** One .zip holding every letter as .docx plus index.csv, in the order given. */
export async function renderLettersZip(
  letters: readonly LetterModel[],
  options: LetterBatchOptions = {},
): Promise<Uint8Array> {
  return (await renderLetterBatch(letters, options)).zip;
}

// Zip entries carry the letter's own date, so the archive does not depend on the clock.
function dayAsDate(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}
