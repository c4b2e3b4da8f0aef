/**
 * Letter numbers (函号) like CD-2026-0001: prefix, year, then a running number that continues
 * from the highest one already in the letter log, so a number is never given out twice.
 */
import { InvalidArgumentError } from '../problem';

export interface LetterNumbering {
  /** Letters only: CD for 催款函, DZ for 对账函 by default. */
  readonly prefix: string;
  readonly year: number;
}

/**
 * The next `count` letter numbers for the prefix and year, after the highest such number in
 * `history`. Numbers with another prefix or year do not count; gaps are never filled, because a
 * number once given may sit on paper somewhere.
 */
export function nextLetterNumbers(
  history: readonly { readonly number: string }[],
  count: number,
  numbering: LetterNumbering,
): string[] {
  if (!Number.isInteger(count) || count < 0) {
    throw new InvalidArgumentError(`count must be a whole number >= 0, got ${count}`);
  }
  if (!/^[A-Za-z]+$/.test(numbering.prefix)) {
    throw new InvalidArgumentError(`A letter prefix is letters only, got "${numbering.prefix}"`);
  }

  const head = `${numbering.prefix}-${numbering.year}-`;
  const pattern = new RegExp(`^${numbering.prefix}-${numbering.year}-(\\d+)$`, 'i');
  let highest = 0;
  for (const entry of history) {
    const match = pattern.exec(entry.number.trim());
    if (match) highest = Math.max(highest, Number(match[1]));
  }

  return Array.from(
    { length: count },
    (_, i) => `${head}${String(highest + i + 1).padStart(4, '0')}`,
  );
}
