/**
 * The rows of the tables in an HTML page. Many Chinese banks' ".xls" downloads are such a page
 * (Excel opens it as a sheet), and some are Excel's 2003 XML spreadsheet, whose Row and Cell
 * elements are read the same way. Cell text has its tags taken off, line breaks and runs of
 * spaces made one space, and character references decoded. Rows are numbered 1, 2, 3 ... in the
 * order they appear, as Excel shows them when it opens the page. The scan moves forward on every
 * step, so it ends within the length of the text.
 */

export interface HtmlRow {
  /** 1-based row number among all table rows of the page. */
  readonly line: number;
  readonly cells: readonly string[];
}

/**
 * The widest a colspan or an XML Index may stretch a row (a statement has a few dozen columns;
 * .xls held 256). Empty cells added for spans also count against the length of the text, so a
 * page never turns into many more cells than it has characters.
 */
const MAX_COLUMNS = 256;

// Attribute text stops at the next < so no match attempt scans past it: the scan stays linear
// even on text full of unclosed tags or quotes.
const TAG = /<\/?([a-zA-Z][\w:.-]*)((?:[^<>"']|"[^"<>]*"|'[^'<>]*')*)>/g;

/** True when the text looks like a page or XML rather than delimited text. */
export function looksLikeMarkup(text: string): boolean {
  return /^\s*</.test(text) || /<table[\s>]/i.test(text);
}

export function htmlTableRows(html: string): HtmlRow[] {
  const text = withoutHiddenParts(html);
  const rows: HtmlRow[] = [];
  let cells: string[] | undefined;
  let cellStart = -1;
  let cellSpan = 1;
  let padding = text.length;

  const pad = (row: string[], width: number): void => {
    while (row.length < Math.min(width, MAX_COLUMNS) && padding > 0) {
      row.push('');
      padding--;
    }
  };
  const endCell = (at: number): void => {
    if (cells === undefined || cellStart < 0) return;
    const value = cellText(text.slice(cellStart, at));
    if (cells.length < MAX_COLUMNS) cells.push(value);
    pad(cells, cells.length + cellSpan - 1);
    cellStart = -1;
  };
  const endRow = (at: number): void => {
    endCell(at);
    if (cells !== undefined) rows.push({ line: rows.length + 1, cells });
    cells = undefined;
  };

  for (const match of text.matchAll(TAG)) {
    const name = (match[1] ?? '').toLowerCase().replace(/^ss:/, '');
    const closing = match[0].startsWith('</');
    const at = match.index;
    if (name === 'tr' || name === 'row') {
      endRow(at);
      if (!closing) cells = [];
    } else if (name === 'td' || name === 'th' || name === 'cell') {
      endCell(at);
      if (closing) continue;
      cells ??= [];
      const attributes = match[2] ?? '';
      // An XML cell may say which column it is in, skipping empty ones before it.
      const index = attributeNumber(attributes, 'ss:index');
      if (index !== undefined) pad(cells, index - 1);
      cellSpan =
        attributeNumber(attributes, 'colspan') ??
        (attributeNumber(attributes, 'ss:mergeacross') ?? 0) + 1;
      cellStart = at + match[0].length;
    } else if (name === 'table' && closing) {
      endRow(at);
    }
  }
  endRow(text.length);
  return rows;
}

/** Takes out comments, scripts, styles and the head, whose text is never a cell. */
function withoutHiddenParts(html: string): string {
  const lower = html.toLowerCase();
  const kept: string[] = [];
  let at = 0;
  while (at < html.length) {
    const open = /<!--|<script\b|<style\b|<head\b/g;
    open.lastIndex = at;
    const found = open.exec(lower);
    if (found === null) break;
    kept.push(html.slice(at, found.index), ' ');
    const close = found[0] === '<!--' ? '-->' : `</${found[0].slice(1)}`;
    const end = lower.indexOf(close, found.index + found[0].length);
    if (end < 0) return kept.join('');
    at = end + close.length;
  }
  kept.push(html.slice(at));
  return kept.join('');
}

function attributeNumber(attributes: string, name: string): number | undefined {
  const found = new RegExp(`(?:^|\\s)${name}\\s*=\\s*["']?(\\d{1,5})`, 'i').exec(attributes);
  return found ? Number(found[1]) : undefined;
}

function cellText(inner: string): string {
  return decodeEntities(inner.replace(/<br\s*\/?>/gi, ' ').replace(/<[^<>]*>/g, ''))
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  yen: '¥',
  middot: '·',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, body: string) => {
    if (body.startsWith('#')) {
      const code =
        body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : Number(body.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[body.toLowerCase()] ?? whole;
  });
}
