/**
 * Subtotal and total rows (小计, 合计, 总计, 累计, 本月合计, Total for ..., TOTAL) can carry their
 * word in any column. They are recognised by the word alone, never by the shape of the row, so a
 * row without such a word is read as data (and rejected when it is not an entry).
 */

const CHINESE_WORDS = ['小计', '合计', '总计', '累计'];

/**
 * Whether a cell's text marks a subtotal row: it is a total word; starts with one followed by
 * something that is not a letter or a Chinese character ("合计：", "小计(1月)", "Total for Acme");
 * or ends with one ("本月合计", "Acme Total"). "合计贸易有限公司" and "Totally Fresh" are names.
 */
export function isSubtotalText(text: string): boolean {
  // Cheap test first, one pass: nearly every cell holds neither 计 nor a t/T.
  let chinese = false;
  let latin = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x8ba1) chinese = true;
    else if (code === 0x74 || code === 0x54) latin = true;
  }
  if (!chinese && !(latin && (text.includes('otal') || text.includes('OTAL')))) return false;

  if (chinese) {
    const folded = text.replace(/[\s:：]/g, '');
    for (const word of CHINESE_WORDS) {
      if (folded.endsWith(word)) return true;
      if (folded.startsWith(word) && !isWordChar(folded.charCodeAt(word.length))) return true;
    }
    return false;
  }

  const lower = text
    .trim()
    .toLowerCase()
    .replace(/[:：]$/, '');
  return /^(?:sub\s*|grand\s+)?total(?![a-z])/.test(lower) || /\s(?:sub)?total$/.test(lower);
}

function isWordChar(code: number): boolean {
  if (Number.isNaN(code)) return false;
  const isLetter = (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  const isHan = code >= 0x4e00 && code <= 0x9fff;
  return isLetter || isHan;
}
