/**
 * Small readers of one cell, shared by the ledger and customer-list readers: text as the cashier
 * sees it, and whether a number format shows a date.
 */
import type { CellValue } from '../workbookPort';
import { isCellError } from '../workbookPort';

/** A cell as text: trimmed string, a number without float noise, TRUE/FALSE, an error's code. */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number')
    return Number.isInteger(value) ? String(value) : String(+value.toPrecision(15));
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return isCellError(value) ? value.error : '';
}

/** Text of an optional field (memo, document number); errors and blanks give undefined. */
export function optionalText(value: CellValue | undefined): string | undefined {
  if (value === null || value === undefined || isCellError(value)) return undefined;
  const text = cellText(value);
  return text === '' ? undefined : text;
}

const dateFormatCache = new Map<string, boolean>();
// A date column repeats one format a million times: the last answer is kept beside the cache.
let lastFormat = '';
let lastAnswer = false;

/** Whether a number format shows a date ("yyyy-mm-dd", "m/d/yy", "yyyy年m月d日", "[$-804]..."). */
export function isDateFormat(format: string | undefined): boolean {
  if (format === undefined || format === '' || format === 'General') return false;
  if (format === lastFormat) return lastAnswer;
  const cached = dateFormatCache.get(format);
  if (cached !== undefined) {
    lastFormat = format;
    lastAnswer = cached;
    return cached;
  }

  const bare = format
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\\./g, '')
    .toLowerCase();
  const answer = /[yd]|年|月|日/.test(bare) || /(^|[^h:])m{1,4}[/\-.]/.test(bare);
  dateFormatCache.set(format, answer);
  return answer;
}
