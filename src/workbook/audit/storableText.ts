/**
 * Text as an owned sheet stores it: what XML cannot carry (most control characters, lone
 * surrogate halves, U+FFFE/U+FFFF) dropped, and cut at Excel's 32,767-character cell limit. The
 * trail hashes and verify compares text in this form, so a customer name with a stray control
 * character does not read back as an edit.
 */

export const MAX_CELL_TEXT = 32_767;

const UNSTORABLE =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point here
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function storableText(text: string, limit: number = MAX_CELL_TEXT): string {
  let clean = text.replace(UNSTORABLE, '');
  if (clean.length > limit) {
    const cut = clean.charCodeAt(limit - 1);
    clean = clean.slice(0, cut >= 0xd800 && cut <= 0xdbff ? limit - 1 : limit);
  }
  return clean;
}
