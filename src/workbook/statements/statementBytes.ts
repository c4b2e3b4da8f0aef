/**
 * What a statement file is, from its first bytes, and its text when it is text. Banks, Alipay and
 * WeChat Pay export CSV in UTF-8 (with or without a byte-order mark) or in GBK/GB18030; valid UTF-8
 * is taken first, since GBK text is almost never valid UTF-8, and everything else is read as
 * GB18030 (a superset of GBK). The standard TextDecoder does both, in Node and in browsers.
 */

export type StatementFileKind = 'text' | 'xlsx' | 'xls';

/** OLE compound file: the old binary .xls (BIFF). Zip: .xlsx. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

export function statementFileKind(bytes: Uint8Array): StatementFileKind {
  if (startsWith(bytes, OLE_MAGIC)) return 'xls';
  if (startsWith(bytes, ZIP_MAGIC)) return 'xlsx';
  return 'text';
}

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncodingName;
  readonly byteOrderMark: boolean;
}

/** Decodes a text statement: a byte-order mark decides; else valid UTF-8; else GB18030. */
export function decodeStatementText(bytes: Uint8Array): DecodedText {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    return { text: decode('utf-8', bytes.subarray(3)), encoding: 'utf-8', byteOrderMark: true };
  }
  if (startsWith(bytes, [0xff, 0xfe])) {
    return {
      text: decode('utf-16le', bytes.subarray(2)),
      encoding: 'utf-16le',
      byteOrderMark: true,
    };
  }
  if (startsWith(bytes, [0xfe, 0xff])) {
    return {
      text: decode('utf-16be', bytes.subarray(2)),
      encoding: 'utf-16be',
      byteOrderMark: true,
    };
  }

  const utf8 = strictUtf8(bytes);
  if (utf8 !== undefined && !looksLikeGbk(utf8)) {
    return { text: utf8, encoding: 'utf-8', byteOrderMark: false };
  }
  return { text: decode('gb18030', bytes), encoding: 'gb18030', byteOrderMark: false };
}

function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

// A few GBK characters happen to be valid UTF-8 too (微 is CE A2, which UTF-8 reads as U+03A2).
// Such text decodes to two-byte letters beyond Latin (Greek, Cyrillic, Hebrew ... U+0250-U+07FF)
// and no Chinese at all, which no Chinese statement in UTF-8 contains: it is read as GB18030.
// Accented Latin (é, ü: U+00C0-U+024F) stays UTF-8, so a European name does not flip the file.
function looksLikeGbk(text: string): boolean {
  return /[\u0250-\u07ff]/.test(text) && !/[\u3000-\u9fff\uff00-\uffef]/.test(text);
}

function decode(encoding: TextEncodingName, bytes: Uint8Array): string {
  return new TextDecoder(encoding).decode(bytes);
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, index) => bytes[index] === byte);
}
