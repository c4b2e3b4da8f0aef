/**
 * One statement cell as text. Exports protect long numbers from Excel with a tab after them
 * (WeChat), tab padding (Alipay), a leading backtick or apostrophe, or an ="..." formula; all of
 * these are taken off. WeChat writes "/" for "nothing".
 */
import { cellText } from '../structure/cellText';
import type { CellValue } from '../workbookPort';

export function statementText(value: CellValue | undefined): string {
  let text = cellText(value).replace(/^[\s`']+|\s+$/g, '');
  const formula = /^="(.*)"$/.exec(text);
  if (formula) text = (formula[1] ?? '').trim();
  return text === '/' ? '' : text;
}
