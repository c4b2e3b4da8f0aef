/**
 * How amounts and dates read on a letter: figures with the currency, and the same amount in words
 * (人民币大写 after 人民币 with no gap on Chinese letters, English words on English ones).
 */
import { toEnglishWords } from '../amountWords';
import { toChineseCapitals } from '../chineseCapitals';
import { monthOf, yearOf, type IsoDay } from '../isoDay';
import type { Lang } from '../messages/index';
import { formatYuan, type CurrencyCode, type Fen } from '../money';

// Chinese names of the currencies a Chinese letter names before the capitals (美元壹仟元整).
const ZH_CURRENCY: Readonly<Record<string, string>> = {
  CNY: '人民币',
  USD: '美元',
  EUR: '欧元',
  HKD: '港币',
  JPY: '日元',
  GBP: '英镑',
};

/** "¥12,345.60" on Chinese CNY letters, "USD 1,234.50" otherwise, "CNY 12,345.60" in English. */
export function amountInFigures(amount: Fen, currency: CurrencyCode, lang: Lang): string {
  if (lang === 'zh' && currency === 'CNY') {
    return amount < 0 ? `-¥${formatYuan(-amount as Fen)}` : `¥${formatYuan(amount)}`;
  }
  return `${currency} ${formatYuan(amount)}`;
}

/** 人民币壹仟元整 / 美元壹仟元整 on Chinese letters; English words on English ones. */
export function amountInWords(
  amount: Fen,
  currency: CurrencyCode,
  lang: Lang,
  zhengAfterJiao = true,
): string {
  if (lang === 'en') return toEnglishWords(amount, currency);

  if (currency === 'CNY') return toChineseCapitals(amount, { prefix: true, zhengAfterJiao });
  const name = ZH_CURRENCY[currency] ?? currency;
  return `${name}${toChineseCapitals(amount, { prefix: false, zhengAfterJiao })}`;
}

const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2026年12月3日" or "3 December 2026". */
export function letterDateText(day: IsoDay, lang: Lang): string {
  const date = Number(day.slice(8, 10));
  if (lang === 'zh') return `${yearOf(day)}年${monthOf(day)}月${date}日`;
  return `${date} ${EN_MONTHS[monthOf(day) - 1] ?? ''} ${yearOf(day)}`;
}
