/**
 * Payment terms (账期) from the ways a customer file writes them: a number of days counted from
 * the entry date (30, '30天', 'Net 30', 'N30', '账期60天') or from the end of the month the entry
 * falls in (月结: '月结30天', '当月结', '次月结', 'EOM 30', '30 days EOM', 'Net 30 EOM').
 */
import { foldForParsing, MAX_PARSED_TEXT_LENGTH } from './fullWidth';
import type { Lang } from './messages';
import { failure, success } from './problem';
import type { Outcome } from './problem';

/** Longest terms accepted: ten years. Anything longer is a typo or a different column. */
export const MAX_TERMS_DAYS = 3650;

/** Where the days of the terms are counted from: the entry date, or the end of its month (月结). */
export type TermsBasis = 'entry-date' | 'month-end';

export interface PaymentTerms {
  /** Whole days, 0 to MAX_TERMS_DAYS. */
  readonly days: number;
  readonly basis: TermsBasis;
}

const LABEL = String.raw`(?:(?:账期|帐期|付款期|信用期|结算期|付款条件|结算方式)\s*[:：]?\s*)?`;
const DAY_UNIT = String.raw`(?:天|日|days?)`;

// 次月结 (settled in the next month) is read as 月结30天: the terms carry days, not months.
const NEXT_MONTH_DAYS = 30;

const FROM_ENTRY_DATE = [
  /^(?:net|n)\s*(\d+)\s*(?:days?)?$/i,
  new RegExp(String.raw`^${LABEL}(\d+)\s*${DAY_UNIT}?$`, 'i'),
];

const FROM_MONTH_END: readonly { pattern: RegExp; days?: number }[] = [
  // 月结 / 月结30天 / 月结：30 / 账期：月结60天 / 月结后30天
  {
    pattern: new RegExp(String.raw`^${LABEL}月结\s*(?:后)?\s*[:：]?\s*(?:(\d+)\s*${DAY_UNIT}?)?$`),
  },
  { pattern: new RegExp(String.raw`^${LABEL}当月结(?:清|算)?$`), days: 0 },
  { pattern: new RegExp(String.raw`^${LABEL}次月结(?:清|算)?$`), days: NEXT_MONTH_DAYS },
  // EOM / EOM 30 / EOM+30 / EOM net 30 days
  { pattern: /^eom\s*(?:\+\s*)?(?:(?:net|n)\s*)?(?:(\d+)\s*(?:days?)?)?$/i },
  // 30 days EOM / Net 30 EOM / N30 EOM / 30 days end of month / net 30 days after EOM
  {
    pattern:
      /^(?:(?:net|n)\s*)?(\d+)\s*(?:days?)?\s*(?:after\s+|from\s+)?(?:the\s+)?(?:eom|end\s+of\s+(?:the\s+)?month)$/i,
  },
];

/** Reads payment terms: whole days from 0 to MAX_TERMS_DAYS and their basis, or a Problem. */
export function parseTerms(value: string | number): Outcome<PaymentTerms> {
  if (typeof value === 'number') return checkDays(value, 'entry-date', String(value));
  if (typeof value !== 'string') return failure('terms.not-terms', { text: String(value) });

  const text = foldForParsing(value);
  if (text === '') return failure('terms.empty', { text: value });
  if (text.length > MAX_PARSED_TEXT_LENGTH) {
    return failure('terms.not-terms', { text: `${text.slice(0, 20)}…` });
  }

  for (const pattern of FROM_ENTRY_DATE) {
    const match = pattern.exec(text);
    if (match) return checkDays(Number(match[1]), 'entry-date', text);
  }
  for (const { pattern, days } of FROM_MONTH_END) {
    const match = pattern.exec(text);
    if (match) return checkDays(days ?? Number(match[1] ?? 0), 'month-end', text);
  }
  return failure('terms.not-terms', { text });
}

/**
 * Terms in the cashier's words, which parseTerms reads back as the same terms: '30天' and
 * '月结30天' in Chinese, '30 days' and '30 days EOM' in English.
 */
export function termsText(terms: PaymentTerms, lang: Lang = 'zh'): string {
  if (lang === 'en') return `${terms.days} days${terms.basis === 'month-end' ? ' EOM' : ''}`;
  return `${terms.basis === 'month-end' ? '月结' : ''}${terms.days}天`;
}

function checkDays(days: number, basis: TermsBasis, text: string): Outcome<PaymentTerms> {
  if (!Number.isInteger(days)) return failure('terms.not-terms', { text });
  if (days < 0 || days > MAX_TERMS_DAYS) {
    return failure('terms.out-of-range', { text, max: MAX_TERMS_DAYS });
  }
  return success({ days, basis });
}
