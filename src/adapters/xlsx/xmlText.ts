/**
 * Text in and out of SpreadsheetML. Every value written goes through escapeXml, so a customer
 * named "A & <B>" or a note with a stray control character can never break the file.
 */

/** Excel refuses longer cell text; see the limits in docs/xlsx-adapter.md. */
export const MAX_CELL_TEXT = 32_767;

// XML 1.0 allows tab, newline and carriage return among the C0 controls; the rest, lone
// surrogates and U+FFFE/U+FFFF make the file unreadable.
const ILLEGAL_XML =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point here
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Drops what XML cannot carry and cuts to Excel's cell limit without splitting a surrogate pair. */
export function cleanCellText(text: string): string {
  let clean = text.replace(ILLEGAL_XML, '');
  if (clean.length > MAX_CELL_TEXT) {
    const cut = clean.charCodeAt(MAX_CELL_TEXT - 1);
    clean = clean.slice(0, cut >= 0xd800 && cut <= 0xdbff ? MAX_CELL_TEXT - 1 : MAX_CELL_TEXT);
  }
  return clean;
}

/** Escapes text for element content and attribute values alike. */
export function escapeXml(text: string): string {
  return text.replace(ILLEGAL_XML, '').replace(/[&<>"]/g, escapeOne);
}

/**
 * Escapes cell text: OOXML reads "_x0041_" as an escaped "A", so a literal underscore that would
 * start such a sequence is itself escaped as _x005F_ and the cashier's text comes back unchanged.
 */
export function escapeCellText(text: string): string {
  return escapeXml(text.replace(/_(?=x[0-9A-Fa-f]{4}_)/g, '_x005F_'));
}

function escapeOne(ch: string): string {
  switch (ch) {
    case '&':
      return '&amp;';
    case '<':
      return '&lt;';
    case '>':
      return '&gt;';
    default:
      return '&quot;';
  }
}

const ENTITY = /&(?:#(\d+)|#x([0-9A-Fa-f]+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Undoes XML escaping. */
export function unescapeXml(text: string): string {
  if (text.indexOf('&') < 0) return text;
  return text.replace(ENTITY, (_, dec: string, hex: string, name: string) => {
    if (name) return NAMED[name] ?? '';
    return String.fromCodePoint(dec ? Number(dec) : parseInt(hex, 16));
  });
}

/** Undoes XML escaping and OOXML's _xHHHH_ escapes of cell text. */
export function decodeCellText(text: string): string {
  const plain = unescapeXml(text);
  if (plain.indexOf('_x') < 0) return plain;
  return plain.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
}

/** The attributes of one start tag, unescaped: `<sheet name="a" r:id="rId1"/>` -> {name, r:id}. */
export function attributesOf(tag: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  const pattern = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  for (let match = pattern.exec(tag); match; match = pattern.exec(tag)) {
    attributes[match[1] ?? ''] = unescapeXml(match[2] ?? match[3] ?? '');
  }
  return attributes;
}

/** Every start tag `<name ...>` (or self-closing) with the given local name, any prefix. */
export function tagsNamed(xml: string, localName: string): string[] {
  const pattern = new RegExp(`<(?:[\\w.-]+:)?${localName}(?=[\\s/>])[^>]*>`, 'g');
  return xml.match(pattern) ?? [];
}

/** The text content of every `<t>` element in a fragment, skipping phonetic runs (rPh). */
export function textOfRuns(fragment: string): string {
  const withoutPhonetic =
    fragment.indexOf('<rPh') < 0 ? fragment : fragment.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '');
  let text = '';
  const pattern = /<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g;
  for (let match = pattern.exec(withoutPhonetic); match; match = pattern.exec(withoutPhonetic)) {
    text += match[1] ?? '';
  }
  return decodeCellText(text);
}
