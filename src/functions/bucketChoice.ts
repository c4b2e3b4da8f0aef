/**
 * The aging buckets a worksheet function is asked for: the default day buckets, the annual-report
 * preset ("years" / "年"), or the cashier's own upper bounds ("30,60,90" or a range of numbers),
 * which give 未到期, 1-30天, 31-60天, 61-90天, 90天以上.
 */
import { ANNUAL_REPORT_BUCKETS, DAY_BUCKETS, validateBuckets } from '../domain/receivables';
import type { AgingBucket } from '../domain/receivables';
import { failure, success } from '../domain/problem';
import type { Outcome } from '../domain/problem';
import { isBlank } from './arguments';

const DAY_WORDS = new Set(['days', 'day', '天', '日']);
const YEAR_WORDS = new Set(['years', 'year', 'annual', '年', '年报']);

export function bucketsArgument(value: unknown): Outcome<readonly AgingBucket[]> {
  if (isBlank(value)) return success(DAY_BUCKETS);

  const bounds = boundsOf(value);
  if (bounds === 'days') return success(DAY_BUCKETS);
  if (bounds === 'years') return success(ANNUAL_REPORT_BUCKETS);
  if (bounds === undefined) {
    return failure('functions.buckets-unreadable', { value: shown(value) });
  }

  const buckets = bucketsFromBounds(bounds);
  const problem = validateBuckets('aging', buckets)[0];
  return problem
    ? failure('functions.buckets-unreadable', { value: shown(value) })
    : success(buckets);
}

/** Not yet due, then one bucket per bound, then everything older than the last bound. */
export function bucketsFromBounds(bounds: readonly number[]): AgingBucket[] {
  const buckets: AgingBucket[] = [DAY_BUCKETS[0] as AgingBucket];
  let from = 1;
  for (const to of bounds) {
    buckets.push({
      id: `d${from}-${to}`,
      zh: `${from}-${to}天`,
      en: `${from}-${to} days`,
      fromDays: from,
      toDays: to,
    });
    from = to + 1;
  }
  const last = from - 1;
  buckets.push({
    id: `over-${last}`,
    zh: `${last}天以上`,
    en: `Over ${last} days`,
    fromDays: from,
    toDays: null,
  });
  return buckets;
}

/** 'days', 'years', ascending whole positive bounds, or undefined when unreadable. */
function boundsOf(value: unknown): 'days' | 'years' | number[] | undefined {
  const cells: unknown[] = Array.isArray(value) ? (value as unknown[]).flat() : [value];
  const filled = cells.filter((cell) => !isBlank(cell));
  if (filled.length === 1 && typeof filled[0] === 'string') {
    const word = filled[0].trim().toLowerCase();
    if (DAY_WORDS.has(word)) return 'days';
    if (YEAR_WORDS.has(word)) return 'years';
    return numbersOf(word.split(/[,，;；\s]+/).filter((part) => part !== ''));
  }
  return numbersOf(filled);
}

function numbersOf(parts: readonly unknown[]): number[] | undefined {
  const numbers = parts.map((part) => (typeof part === 'number' ? part : Number(part)));
  const ascending = numbers.every(
    (n, index) =>
      Number.isInteger(n) && n > 0 && (index === 0 || n > (numbers[index - 1] as number)),
  );
  return ascending && numbers.length > 0 ? numbers : undefined;
}

function shown(value: unknown): string {
  return Array.isArray(value) ? (value as unknown[]).flat().join(',') : String(value);
}
