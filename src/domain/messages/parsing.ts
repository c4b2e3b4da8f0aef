import type { MessageTable } from './index';

/** Words for the codes of the cell parsers: amounts, dates, capitals and payment terms. */
export const PARSING_MESSAGES: MessageTable = {
  'amount.empty': { zh: '金额为空。', en: 'The amount is empty.' },
  'amount.not-an-amount': {
    zh: '“{text}”不是金额。',
    en: '"{text}" is not an amount.',
  },
  'amount.ambiguous-decimals': {
    zh: '“{text}”小数点后有三位数字，看不出是几元几角几分还是千位分隔，请改成两位小数。',
    en: '"{text}" has three digits after the point: it could be a fraction or a thousands group. Please write it with two decimals.',
  },
  'amount.too-many-decimals': {
    zh: '“{text}”精确到分以下，无法按分入账，请核对金额。',
    en: '"{text}" goes below one fen (one cent) and cannot be booked; please check the amount.',
  },
  'amount.too-large': {
    zh: '“{text}”超出可处理的最大金额 9,999,999,999,999.99。',
    en: '"{text}" is over the largest amount handled, 9,999,999,999,999.99.',
  },
  'amount.currency-conflict': {
    zh: '“{text}”同时写了两种币种，无法确定是哪一种。',
    en: '"{text}" names two different currencies, so its currency is unclear.',
  },
  'date.empty': { zh: '日期为空。', en: 'The date is empty.' },
  'date.not-a-date': {
    zh: '“{text}”不是日期。',
    en: '"{text}" is not a date.',
  },
  'date.not-a-day': {
    zh: '“{text}”不是日历上存在的日期。',
    en: '"{text}" is not a day on the calendar.',
  },
  'date.before-1900': {
    zh: '“{text}”早于1900年，Excel 无法当作日期保存，请检查年份是否输错。',
    en: '"{text}" is before 1900, which Excel cannot keep as a date; please check the year.',
  },
  'date.ambiguous-order': {
    zh: '“{text}”分不清是月/日/年还是日/月/年，请在该列写一个日大于12的日期，或改用“2024-03-05”格式。',
    en: '"{text}" could be month/day/year or day/month/year. Add a date with a day over 12 to the column, or write it as 2024-03-05.',
  },
  'date.two-digit-year': {
    zh: '“{text}”的年份只有两位，请写成四位年份。',
    en: '"{text}" has a two-digit year; please write the year in full.',
  },
  'date.serial-1900-02-29': {
    zh: '日期序号 {serial} 是 Excel 虚构的 1900年2月29日，这一天并不存在。',
    en: "Date serial {serial} is Excel's fictional 29 February 1900, a day that never existed.",
  },
  'date.serial-out-of-range': {
    zh: '日期序号 {serial} 不在 Excel 日期范围内（1900年至9999年）。',
    en: "Date serial {serial} is outside Excel's dates (years 1900 to 9999).",
  },
  'capitals.empty': { zh: '大写金额为空。', en: 'The amount in Chinese capitals is empty.' },
  'capitals.not-capitals': {
    zh: '“{text}”不是规范的人民币大写金额。',
    en: '"{text}" is not an amount correctly written in Chinese capitals.',
  },
  'capitals.too-large': {
    zh: '大写金额“{text}”超出可处理的最大金额。',
    en: 'The amount in capitals "{text}" is over the largest amount handled.',
  },
  'terms.empty': { zh: '账期为空。', en: 'The payment terms are empty.' },
  'terms.not-terms': {
    zh: '“{text}”不是账期，请写成天数，如“30天”或“月结30天”。',
    en: '"{text}" is not payment terms; please write a number of days, such as "30 days" or "30 days EOM".',
  },
  'terms.out-of-range': {
    zh: '账期“{text}”不在 0 到 {max} 天之间。',
    en: 'Payment terms "{text}" are not between 0 and {max} days.',
  },
};
