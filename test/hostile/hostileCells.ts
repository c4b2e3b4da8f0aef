/**
 * Crafted cell values a hostile or merely unlucky workbook holds, each with what Cashier Desk
 * must make of it: an amount in fen, a day, or the rejection code. `null` as the expected code
 * of an empty-looking cell means the row is skipped as blank.
 */
import type { CellValue } from '../../src/workbook/workbookPort';

/** [what it is, the cell, fen it reads as | the rejection code]. */
export type AmountCase = readonly [string, CellValue, number | string];

const LONG = '9'.repeat(32_767);

export const AMOUNT_CASES: readonly AmountCase[] = [
  ['a byte-order mark before the digits', '\uFEFF100', 10_000],
  ['a zero-width space inside the digits', '1\u200B00', 10_000],
  ['a zero-width space after the digits', '100\u200B', 10_000],
  ['a right-to-left mark before the digits', '\u200F100', 'amount.not-an-amount'],
  ['a right-to-left override before the digits', '\u202E100', 'amount.not-an-amount'],
  ['Arabic-Indic digits', '١٠٠', 'amount.not-an-amount'],
  ['Extended Arabic-Indic digits', '۱۲۳', 'amount.not-an-amount'],
  ['an Arabic decimal separator', '١٫٥', 'amount.not-an-amount'],
  ['full-width digits', '１００', 10_000],
  ['full-width digits and point', '１２３４．５０', 123_450],
  ['mathematical bold digits', '𝟏𝟎𝟎', 'amount.not-an-amount'],
  ['superscript digits', '¹⁰⁰', 'amount.not-an-amount'],
  ['a vulgar fraction', '½', 'amount.not-an-amount'],
  ['1e308 typed as text', '1e308', 'amount.not-an-amount'],
  ['1e308 as a number', 1e308, 'amount.too-large'],
  ['the largest safe integer', Number.MAX_SAFE_INTEGER, 'amount.too-large'],
  ['the smallest subnormal number', 5e-324, 0],
  ['minus zero as a number', -0, 0],
  ['minus zero as text', '-0', 0],
  ['NaN as text', 'NaN', 'amount.not-an-amount'],
  ['Infinity as text', 'Infinity', 'amount.not-an-amount'],
  ['-Infinity as text', '-Infinity', 'amount.not-an-amount'],
  ['"1,2,3"', '1,2,3', 'amount.not-an-amount'],
  ['Indian digit grouping', '1,23,456', 'amount.not-an-amount'],
  ['a group of four digits', '1,234,5678', 'amount.not-an-amount'],
  ['European grouping', '1.000,50', 'amount.not-an-amount'],
  ['a space as the thousands separator', '1 000', 'amount.not-an-amount'],
  ['a no-break space as the thousands separator', '1\u00A0000', 'amount.not-an-amount'],
  ['an apostrophe as the thousands separator', '1’000', 'amount.not-an-amount'],
  ['formula text =1+1', '=1+1', 'amount.not-an-amount'],
  ['formula text @SUM(A1)', '@SUM(A1)', 'amount.not-an-amount'],
  ['a leading plus', '+100', 10_000],
  ['a leading tab', '\t100', 10_000],
  ['a leading carriage return', '\r100', 10_000],
  ['a doubled yuan sign', '￥￥100', 'amount.not-an-amount'],
  ['a doubled 元', '100元元', 'amount.not-an-amount'],
  ['¥ and 元 together', '¥100元', 10_000],
  ['$ and 元 together', '$100元', 'amount.currency-conflict'],
  ['a minus after the yuan sign', '￥-100', -10_000],
  ['a minus before the yuan sign', '-￥100', -10_000],
  ['a doubled minus', '--100', 'amount.not-an-amount'],
  ['parentheses', '(100)', -10_000],
  ['doubled parentheses', '((100))', 'amount.not-an-amount'],
  ['a minus in parentheses', '(-100)', 'amount.not-an-amount'],
  ['a trailing minus', '100-', 'amount.not-an-amount'],
  ['a minus sign U+2212', '−100', -10_000],
  ['a small hyphen-minus U+FE63', '﹣100', 'amount.not-an-amount'],
  ['a hyphen U+2010', '‐100', 'amount.not-an-amount'],
  ['1.2万', '1.2万', 1_200_000],
  ['万 twice', '1.2万万', 'amount.not-an-amount'],
  ['万 alone', '万', 'amount.not-an-amount'],
  ['three decimals', '1.234', 'amount.ambiguous-decimals'],
  ['four decimals', '12.3456', 'amount.too-many-decimals'],
  ['a trailing point', '100.', 'amount.not-an-amount'],
  ['a leading point', '.5', 50],
  ['two points', '1.2.3', 'amount.not-an-amount'],
  ['a percentage', '100%', 'amount.not-an-amount'],
  ['Chinese numerals', '一百', 'amount.not-an-amount'],
  ['Chinese capitals', '壹佰元整', 'amount.not-an-amount'],
  ['hexadecimal', '0x10', 'amount.not-an-amount'],
  ['binary', '0b11', 'amount.not-an-amount'],
  ['exponent notation', '1E3', 'amount.not-an-amount'],
  ['an emoji after the digits', '100😀', 'amount.not-an-amount'],
  ['an emoji alone', '😀', 'amount.not-an-amount'],
  ['32,767 nines', LONG, 'amount.not-an-amount'],
  ['twenty nines', '9'.repeat(20), 'amount.too-large'],
  ['the largest amount', '9999999999999.99', 999_999_999_999_999],
  ['one yuan beyond the largest amount', '10000000000000', 'amount.too-large'],
  ['float noise', 1234.5000000001, 123_450],
  ['half a fen', 0.005, 1],
  ['leading zeros', '00100', 10_000],
  ['full-width spaces around', '\u3000100\u3000', 10_000],
  ['待定', '待定', 'amount.not-an-amount'],
  ['见附件', '见附件', 'amount.not-an-amount'],
  ['TRUE as text', 'TRUE', 'amount.not-an-amount'],
  ['USD after the digits', '100 USD', 10_000],
  ['a full-width dollar sign', '＄100', 10_000],
  ['a currency sign alone', '¥', 'amount.not-an-amount'],
];

/** The cell as parseAmount takes it, or undefined for cells only a workbook can hold. */
export function amountInput(cell: CellValue): string | number | undefined {
  return typeof cell === 'string' || typeof cell === 'number' ? cell : undefined;
}

export type DateCase = readonly [string, string, string];

/** [what it is, the text, the ISO day it reads as | the rejection code]. */
export const DATE_CASES: readonly DateCase[] = [
  ['an ISO day', '2024-03-05', '2024-03-05'],
  ['a byte-order mark before it', '\uFEFF2024-03-05', '2024-03-05'],
  ['a zero-width space inside', '2024\u200B-03-05', '2024-03-05'],
  ['a right-to-left mark after it', '2024-03-05\u200F', 'date.not-a-date'],
  ['full-width digits and dashes', '２０２４－０３－０５', '2024-03-05'],
  ['Arabic-Indic digits', '٢٠٢٤-٠٣-٠٥', 'date.not-a-date'],
  ['30 February', '2024-02-30', 'date.not-a-day'],
  ['month 13', '2024-13-01', 'date.not-a-day'],
  ['year 0', '0000-01-01', 'date.not-a-day'],
  ['the day before Excel’s first day', '1899-12-31', 'date.before-1900'],
  ['a year typed with a 1 for a 2', '1024-03-05', 'date.before-1900'],
  ['Excel’s first day', '1900-01-01', '1900-01-01'],
  ['a five-digit year', '10000-01-01', 'date.not-a-date'],
  ['Excel’s fictional 1900-02-29', '1900-02-29', 'date.not-a-day'],
  ['29 February of a leap year', '2024/02/29', '2024-02-29'],
  ['29 February of a common year', '2023/02/29', 'date.not-a-day'],
  ['年月日', '2024年3月5日', '2024-03-05'],
  ['年月日 with month 13', '2024年13月5日', 'date.not-a-day'],
  ['eight digits', '20240305', '2024-03-05'],
  ['eight digits with month 13', '20241305', 'date.not-a-day'],
  ['an ambiguous slash date alone', '3/5/2024', 'date.ambiguous-order'],
  ['a slash date whose first part is over 12', '13/5/2024', '2024-05-13'],
  ['with a time of day', '2024-3-5 10:00', '2024-03-05'],
  ['ISO 8601 with a time zone', '2024-03-05T00:00:00Z', '2024-03-05'],
  ['formula text', '=TODAY()', 'date.not-a-date'],
  ['NaN', 'NaN', 'date.not-a-date'],
  ['a word', '明天', 'date.not-a-date'],
  ['a two-digit year', '24-03-05', 'date.two-digit-year'],
  ['an English month name', 'March 5, 2024', 'date.not-a-date'],
  ['empty text', '', 'date.empty'],
];

/** Cells only a workbook holds: [what it is, the cell, the code the row is rejected with]. */
export const WORKBOOK_AMOUNT_CASES: readonly (readonly [string, CellValue, string])[] = [
  ['#N/A', { error: '#N/A' }, 'structure.cell-error'],
  ['#DIV/0!', { error: '#DIV/0!' }, 'structure.cell-error'],
  ['#REF!', { error: '#REF!' }, 'structure.cell-error'],
  ['#VALUE!', { error: '#VALUE!' }, 'structure.cell-error'],
  ['a boolean TRUE', true, 'structure.amount-unreadable'],
  ['a boolean FALSE', false, 'structure.amount-unreadable'],
];

/**
 * Customer names: [what it is, the name, the name of the customer it joins, or undefined for a
 * customer of its own]. Lookalikes stay apart: a near-match is proposed, never merged silently.
 */
export const NAME_CASES: readonly (readonly [string, string, string | undefined])[] = [
  ['the name as listed', '南方建材(广州)有限公司', '南方建材(广州)有限公司'],
  ['surrounding spaces', ' 南方建材(广州)有限公司 ', '南方建材(广州)有限公司'],
  ['full-width parentheses', '南方建材（广州）有限公司', '南方建材(广州)有限公司'],
  ['a trailing zero-width space', '南方建材(广州)有限公司\u200B', '南方建材(广州)有限公司'],
  ['a leading byte-order mark', '\uFEFF南方建材(广州)有限公司', '南方建材(广州)有限公司'],
  ['a trailing right-to-left mark', '南方建材(广州)有限公司\u200F', undefined],
  ['有限责任公司 for 有限公司', '南方建材(广州)有限责任公司', undefined],
  ['a full-width space inside', '南方建材\u3000(广州)有限公司', undefined],
  ['Latin letters', 'ACME Trading Ltd', 'ACME Trading Ltd'],
  ['lower case', 'acme trading ltd', 'ACME Trading Ltd'],
  ['a doubled space', 'ACME  Trading Ltd', 'ACME Trading Ltd'],
  ['full-width Latin letters', 'ＡＣＭＥ Trading Ltd', 'ACME Trading Ltd'],
  ['Cyrillic lookalike letters', 'АСМЕ Trading Ltd', undefined],
  ['an emoji after the name', 'ACME Trading Ltd😀', undefined],
  ['formula text', '=HYPERLINK("http://x")', undefined],
  ['a DDE payload', '+cmd|calc', undefined],
  ['32,767 characters', 'x'.repeat(32_767), undefined],
  ['an emoji alone', '😀', undefined],
  ['a right-to-left override', '\u202Eevil', undefined],
  ['apostrophes and brackets', "客户 '2024' [旧]", undefined],
];
