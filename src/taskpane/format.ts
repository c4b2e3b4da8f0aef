/** How the pane shows amounts, shares, dates and sorted names to the cashier. */
import { asIsoDay } from '../domain/isoDay';
import type { IsoDay } from '../domain/isoDay';
import { formatYuan } from '../domain/money';
import type { CurrencyCode, Fen } from '../domain/money';
import type { PaneLanguage } from './strings';

const SYMBOLS: Readonly<Record<string, string>> = { CNY: '¥', USD: '$' };

/** "¥1,234.50"; currencies without a sign read "EUR 1,234.50". */
export function money(amount: Fen, currency: CurrencyCode): string {
  const symbol = SYMBOLS[currency];
  const text = formatYuan(Math.abs(amount) as Fen);
  const sign = amount < 0 ? '-' : '';
  return symbol ? `${sign}${symbol}${text}` : `${sign}${currency} ${text}`;
}

/** Basis points as a percentage with one decimal: 1234 -> "12.3%". */
export function percent(basisPoints: number): string {
  return `${(basisPoints / 100).toFixed(1)}%`;
}

/**
 * Names in the order a cashier looks them up: Chinese by pinyin (the zh-CN pinyin collation),
 * English alphabetically, digits by value.
 */
export function nameCollator(language: PaneLanguage): Intl.Collator {
  const locale = language === 'zh' ? 'zh-CN-u-co-pinyin' : 'en';
  return new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
}

/** Today in the pane's time zone: the default as-of date. The engine itself never reads a clock. */
export function today(now: Date = new Date()): IsoDay {
  const text = [
    now.getFullYear(),
    String(now.getMonth() + 1).padStart(2, '0'),
    String(now.getDate()).padStart(2, '0'),
  ].join('-');
  return asIsoDay(text) as IsoDay;
}
