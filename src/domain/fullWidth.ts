/**
 * Chinese input methods type full-width forms (１２３４．５０, （）, the ideographic space), and text
 * pasted from web pages or WPS brings invisible marks (BOM, zero-width spaces, NBSP). Parsers and
 * name matching first fold all of these to their plain half-width form.
 */

const FULL_WIDTH = /[\u3000\uFF01-\uFF5E\uFFE5]/;

const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/g;

/** Unicode spaces other than the plain space that Excel users meet: NBSP, thin, figure, 全角. */
const ODD_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;

/**
 * Turns full-width ASCII (U+FF01..U+FF5E) into ASCII, the ideographic space into a space and the
 * full-width yen sign ￥ into ¥. Everything else is left as it is.
 */
export function toHalfWidth(text: string): string {
  if (!FULL_WIDTH.test(text)) return text;

  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else if (code === 0x3000) out += ' ';
    else if (code === 0xffe5) out += '¥';
    else out += ch;
  }
  return out;
}

/** Removes zero-width marks and the BOM, and turns odd Unicode spaces into plain spaces. */
export function foldInvisible(text: string): string {
  return text.replace(INVISIBLE, '').replace(ODD_SPACES, ' ');
}

/**
 * Longest text a cell parser reads. No amount, date or term is longer; refusing longer text up
 * front also keeps every pattern linear, whatever a pasted cell holds.
 */
export const MAX_PARSED_TEXT_LENGTH = 100;

/** Both folds, then trimmed: the form every text parser starts from. */
export function foldForParsing(text: string): string {
  return toHalfWidth(foldInvisible(text)).trim();
}
