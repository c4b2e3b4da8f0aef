/**
 * A tight scanner over a worksheet's XML, fed in pieces as the part inflates. It hands over each
 * finished row (number, hidden flag, its cells) and keeps the small parts before and after the
 * rows (sheet views, merged cells, table parts) for the layout. No DOM, no per-node objects: a
 * million-row sheet costs one pass of indexOf.
 */
import type { CellValue } from '../../workbook/workbookPort';
import { decodeCellText, textOfRuns } from './xmlText';

/** What the scanner needs to turn a cell's raw text into its value. */
export interface CellDecoding {
  readonly sharedStrings: readonly string[];
  /** Serial of the 1900-01-00 epoch shift for t="d" cells: 25569 (1900) or 24107 (1904). */
  readonly unixEpochSerial: number;
}

export interface ScannedRow {
  readonly row: number;
  readonly hidden: boolean;
  /** 1-based columns of the cells present, ascending as written. */
  readonly columns: number[];
  readonly values: CellValue[];
  readonly styles: number[];
  /** Rightmost column holding a value or a formula (0 when none): what the used range counts. */
  readonly lastFilledColumn: number;
}

export class SheetScanner {
  /** XML before the rows: sheetPr, dimension, sheetViews, cols. */
  head = '';
  /** XML after the rows: mergeCells, tableParts and the rest. */
  tail = '';
  private phase: 'head' | 'rows' | 'tail' = 'head';
  private pending = '';
  private lastRow = 0;
  private prefix: string | undefined;

  /**
   * With `extentOnly`, rows come without their cells (empty columns, values and styles) and only
   * `lastFilledColumn` is worked out: what the used range needs, at a fraction of the cost.
   */
  constructor(
    private readonly decoding: CellDecoding,
    private readonly onRow: (row: ScannedRow) => void,
    private readonly extentOnly = false,
  ) {}

  /** Feeds the next piece of the sheet's text. */
  feed(text: string): void {
    let buffer = this.pending + text;
    buffer = this.unprefixed(buffer);
    this.pending = '';

    if (this.phase === 'head') {
      const start = buffer.indexOf('<sheetData');
      if (start < 0) {
        // Keep a short tail back: the next piece may finish a tag split at the boundary.
        const keep = Math.max(0, buffer.length - 32);
        this.head += buffer.slice(0, keep);
        this.pending = buffer.slice(keep);
        return;
      }
      const close = buffer.indexOf('>', start);
      if (close < 0) {
        this.pending = buffer;
        return;
      }
      this.head += buffer.slice(0, start);
      const selfClosing = buffer.charCodeAt(close - 1) === 47; // "/"
      this.phase = selfClosing ? 'tail' : 'rows';
      buffer = buffer.slice(close + 1);
    }

    if (this.phase === 'rows') {
      const consumed = this.scanRows(buffer);
      const end = buffer.indexOf('</sheetData>', consumed);
      if (end >= 0) {
        this.phase = 'tail';
        buffer = buffer.slice(end + '</sheetData>'.length);
      } else {
        this.pending = buffer.slice(consumed);
        return;
      }
    }

    this.tail += buffer;
  }

  /** Strips a namespace prefix some writers put on every element (`<x:row>`). */
  private unprefixed(text: string): string {
    if (this.prefix === undefined) {
      const root = /<(?:([\w.-]+):)?worksheet[\s>]/.exec(text);
      if (!root) return text;
      this.prefix = root[1] ?? '';
    }
    if (this.prefix === '') return text;
    return text.split(`<${this.prefix}:`).join('<').split(`</${this.prefix}:`).join('</');
  }

  /** Parses every complete row in the buffer; returns where the unfinished rest begins. */
  private scanRows(buffer: string): number {
    let at = 0;
    for (;;) {
      const start = buffer.indexOf('<row', at);
      if (start < 0) return at;
      const tagEnd = buffer.indexOf('>', start);
      if (tagEnd < 0) return start;

      const tag = buffer.slice(start, tagEnd + 1);
      const rowNumber = numberAttribute(tag, ' r="') ?? this.lastRow + 1;
      const hidden = isTrue(stringAttribute(tag, ' hidden="'));

      if (buffer.charCodeAt(tagEnd - 1) === 47) {
        this.emit(rowNumber, hidden, '');
        at = tagEnd + 1;
        continue;
      }

      const close = buffer.indexOf('</row>', tagEnd);
      if (close < 0) return start;
      this.emit(rowNumber, hidden, buffer.slice(tagEnd + 1, close));
      at = close + 6;
    }
  }

  private emit(row: number, hidden: boolean, body: string): void {
    this.lastRow = row;
    const extentOnly = this.extentOnly;
    const columns: number[] = [];
    const values: CellValue[] = [];
    const styles: number[] = [];

    let at = 0;
    let column = 0;
    let lastFilledColumn = 0;
    for (;;) {
      const start = body.indexOf('<c', at);
      if (start < 0) break;
      const next = body.charCodeAt(start + 2);
      if (next !== 32 && next !== 62 && next !== 47 && next !== 9 && next !== 10 && next !== 13) {
        at = start + 2;
        continue;
      }
      const tagEnd = body.indexOf('>', start);
      const tag = body.slice(start, tagEnd + 1);
      const ref = stringAttribute(tag, ' r="');
      column = ref === undefined ? column + 1 : columnOfRef(ref);

      let inner = '';
      if (body.charCodeAt(tagEnd - 1) === 47) {
        at = tagEnd + 1;
      } else {
        const close = body.indexOf('</c>', tagEnd);
        inner = body.slice(tagEnd + 1, close);
        at = close + 4;
      }

      const type = stringAttribute(tag, ' t="') ?? 'n';
      if (extentOnly) {
        if (column > lastFilledColumn && (this.holdsValue(type, inner) || inner.indexOf('<f') >= 0))
          lastFilledColumn = column;
        continue;
      }
      const value = this.valueOf(type, inner);
      if (value !== null || inner.indexOf('<f') >= 0)
        lastFilledColumn = Math.max(lastFilledColumn, column);
      columns.push(column);
      values.push(value);
      styles.push(numberAttribute(tag, ' s="') ?? 0);
    }

    this.onRow({ row, hidden, columns, values, styles, lastFilledColumn });
  }

  /** Whether valueOf would give something other than null, without building the value. */
  private holdsValue(type: string, inner: string): boolean {
    if (type === 'inlineStr') return inner.indexOf('<is') >= 0;

    const raw = elementText(inner, '<v');
    if (raw === undefined) return false;
    if (type === 'n') return raw !== '' && !Number.isNaN(Number(raw));
    if (type === 's') return this.decoding.sharedStrings[Number(raw)] !== undefined;
    return true;
  }

  private valueOf(type: string, inner: string): CellValue {
    if (type === 'inlineStr') {
      const is = inner.indexOf('<is');
      return is < 0 ? null : textOfRuns(inner.slice(is));
    }

    const raw = elementText(inner, '<v');
    if (raw === undefined) return null;

    switch (type) {
      case 'n': {
        if (raw === '') return null;
        const number = Number(raw);
        return Number.isNaN(number) ? null : number;
      }
      case 's':
        return this.decoding.sharedStrings[Number(raw)] ?? null;
      case 'str':
        return decodeCellText(raw);
      case 'b':
        return raw === '1' || raw === 'true';
      case 'e':
        return { error: decodeCellText(raw) };
      case 'd':
        return serialOfIsoDateTime(raw, this.decoding.unixEpochSerial);
      default:
        return decodeCellText(raw);
    }
  }
}

/** The text of the first `<v>`-like element in a cell's inner XML, or undefined when absent. */
function elementText(inner: string, open: string): string | undefined {
  const start = inner.indexOf(open);
  if (start < 0) return undefined;
  const tagEnd = inner.indexOf('>', start);
  if (inner.charCodeAt(tagEnd - 1) === 47) return '';
  const close = inner.indexOf('</', tagEnd);
  return inner.slice(tagEnd + 1, close);
}

function stringAttribute(tag: string, key: string): string | undefined {
  const start = tag.indexOf(key);
  if (start < 0) return undefined;
  const from = start + key.length;
  return tag.slice(from, tag.indexOf('"', from));
}

function numberAttribute(tag: string, key: string): number | undefined {
  const text = stringAttribute(tag, key);
  return text === undefined ? undefined : Number(text);
}

function isTrue(text: string | undefined): boolean {
  return text === '1' || text === 'true';
}

/** Column number of an A1 reference: "AB12" -> 28. */
export function columnOfRef(ref: string): number {
  let column = 0;
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code >= 65 && code <= 90) column = column * 26 + code - 64;
    else if (code >= 97 && code <= 122) column = column * 26 + code - 96;
    else break;
  }
  return column;
}

/** Row number of an A1 reference: "AB12" -> 12. */
export function rowOfRef(ref: string): number {
  const digits = /\d+/.exec(ref);
  return digits ? Number(digits[0]) : 0;
}

function serialOfIsoDateTime(text: string, unixEpochSerial: number): CellValue {
  const millis = Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(text) ? text : `${text}Z`);
  if (Number.isNaN(millis)) return { error: '#VALUE!' };
  return millis / 86_400_000 + unixEpochSerial;
}
