/**
 * Number formats an .xls cell may name by id without a FORMAT record: Excel's built-in ones. Only
 * whether a format shows a date matters here, so the ids Excel shows as dates in Chinese,
 * Japanese and Korean installations (27-36, 50-58: 2026年11月4日 and the like) read as dates too.
 */
const BUILTIN: Readonly<Record<number, string>> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'yyyy-mm-dd',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'yyyy-mm-dd h:mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)',
  40: '#,##0.00;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mm:ss.0',
  48: '##0.0E+0',
  49: '@',
};

const EAST_ASIAN_DATE = 'yyyy"年"m"月"d"日"';

export function builtinXlsFormat(id: number): string {
  const known = BUILTIN[id];
  if (known !== undefined) return known;
  if ((id >= 27 && id <= 36) || (id >= 50 && id <= 58)) return EAST_ASIAN_DATE;
  return 'General';
}
