/**
 * Payment terms (账期) as a number of days, from the ways a customer file writes them: 30, '30天',
 * 'Net 30', 'N30', '月结30天', '账期60天'.
 */
import { foldForParsing, MAX_PARSED_TEXT_LENGTH } from './fullWidth';
import { failure, success } from './problem';
import type { Outcome } from './problem';

/** Longest terms accepted: ten years. Anything longer is a typo or a different column. */
export const MAX_TERMS_DAYS = 3650;

// TODO(terms): 月结30天 strictly means "30 days after the month-end", which a plain day count
// cannot say; it is read as 30 days until customers carry a month-end flag.
const TERMS_TEXT = [
  /^(?:net|n)\s*(\d+)\s*(?:days?)?$/i,
  /^(?:月结|账期|帐期|付款期|信用期|结算期)?\s*[:：]?\s*(\d+)\s*(?:天|日|days?)?$/i,
];

/** Reads payment terms in days: a whole number from 0 to MAX_TERMS_DAYS, or a Problem. */
export function parseTerms(value: string | number): Outcome<number> {
  if (typeof value === 'number') return checkDays(value, String(value));
  if (typeof value !== 'string') return failure('terms.not-terms', { text: String(value) });

  const text = foldForParsing(value);
  if (text === '') return failure('terms.empty', { text: value });
  if (text.length > MAX_PARSED_TEXT_LENGTH) {
    return failure('terms.not-terms', { text: `${text.slice(0, 20)}…` });
  }

  for (const pattern of TERMS_TEXT) {
    const match = pattern.exec(text);
    if (match) return checkDays(Number(match[1]), text);
  }
  return failure('terms.not-terms', { text });
}

function checkDays(days: number, text: string): Outcome<number> {
  if (!Number.isInteger(days)) return failure('terms.not-terms', { text });
  if (days < 0 || days > MAX_TERMS_DAYS) {
    return failure('terms.out-of-range', { text, max: MAX_TERMS_DAYS });
  }
  return success(days);
}
