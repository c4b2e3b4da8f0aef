/**
 * Reads the cells of a BIFF8 Workbook stream ([MS-XLS], Excel 97-2003 and most bank systems'
 * .xls): the globals (sheets, date system, shared strings, number formats, cell styles), then each
 * worksheet's cells with the number format that says whether a number is a date. Only values are
 * read; formulas give their cached result. Every loop is bounded by the stream's length, so a
 * damaged stream ends in UnreadableXlsError.
 */
import type { DateSystem } from '../../domain/isoDay';
import type { CellValue, MergedArea } from '../../workbook/workbookPort';
import { builtinNumberFormat } from '../../domain/builtinNumberFormats';
import { EncryptedXlsError, OldXlsVersionError, UnreadableXlsError } from './xlsErrors';

export interface XlsSheet {
  readonly name: string;
  readonly visibility: 'visible' | 'hidden' | 'very-hidden';
  /** rows[r][c] is the cell at row r + 1, column c + 1; rows and cells may be missing. */
  readonly rows: CellValue[][];
  readonly formats: string[][];
  readonly merged: MergedArea[];
}

export interface XlsBook {
  readonly dateSystem: DateSystem;
  /** The CODEPAGE record's value; BIFF8 text is Unicode, so it only tells what the writer used. */
  readonly codePage?: number;
  readonly sheets: readonly XlsSheet[];
}

const BOF = 0x0809;
const EOF = 0x000a;
const CONTINUE = 0x003c;
const BOUNDSHEET = 0x0085;
const DATEMODE = 0x0022;
const CODEPAGE = 0x0042;
const FILEPASS = 0x002f;
const SST = 0x00fc;
const FORMAT = 0x041e;
const XF = 0x00e0;
const LABELSST = 0x00fd;
const LABEL = 0x0204;
const NUMBER = 0x0203;
const RK = 0x027e;
const MULRK = 0x00bd;
const FORMULA = 0x0006;
const STRING = 0x0207;
const BOOLERR = 0x0205;
const MERGEDCELLS = 0x00e5;

const BIFF8 = 0x0600;
const GLOBALS = 0x0005;
const WORKSHEET = 0x0010;

/** Excel's limits: 65,536 rows and 256 columns in BIFF8. */
const MAX_ROWS = 65536;
const MAX_COLUMNS = 256;

const ERRORS: Readonly<Record<number, string>> = {
  0x00: '#NULL!',
  0x07: '#DIV/0!',
  0x0f: '#VALUE!',
  0x17: '#REF!',
  0x1d: '#NAME?',
  0x24: '#NUM!',
  0x2a: '#N/A',
};

interface BiffRecord {
  readonly type: number;
  readonly offset: number;
  readonly data: Uint8Array;
}

interface SheetEntry {
  readonly name: string;
  readonly offset: number;
  readonly visibility: XlsSheet['visibility'];
  readonly type: number;
}

export function readBiffWorkbook(stream: Uint8Array): XlsBook {
  const records = splitRecords(stream);
  const first = records[0];
  if (first === undefined || first.type !== BOF) {
    throw first !== undefined && (first.type & 0xff) === 0x09
      ? new OldXlsVersionError(`bof-${first.type.toString(16)}`)
      : new UnreadableXlsError('biff-no-bof');
  }
  const version = u16(first.data, 0);
  if (version !== BIFF8) throw new OldXlsVersionError(`biff-${version.toString(16)}`);
  if (u16(first.data, 2) !== GLOBALS) throw new UnreadableXlsError('biff-no-globals');

  let dateSystem: DateSystem = '1900';
  let codePage: number | undefined;
  let strings: string[] = [];
  const formats = new Map<number, string>();
  const xfFormats: number[] = [];
  const sheetEntries: SheetEntry[] = [];

  let ended = false;
  for (let index = 1; index < records.length && !ended; index++) {
    const record = records[index] as BiffRecord;
    ended = record.type === EOF;
    const data = record.data;
    switch (record.type) {
      case FILEPASS:
        throw new EncryptedXlsError();
      case DATEMODE:
        dateSystem = u16(data, 0) === 1 ? '1904' : '1900';
        break;
      case CODEPAGE:
        codePage = u16(data, 0);
        break;
      case BOUNDSHEET: {
        const name = readString(new StringCursor([data], 7), u8(data, 6), 1);
        sheetEntries.push({
          name,
          offset: u32(data, 0),
          visibility: (['visible', 'hidden', 'very-hidden'] as const)[u8(data, 4) & 3] ?? 'hidden',
          type: u8(data, 5),
        });
        break;
      }
      case FORMAT: {
        const cursor = new StringCursor([data], 2);
        formats.set(u16(data, 0), readString(cursor, cursor.u16(), 1));
        break;
      }
      case XF:
        xfFormats.push(u16(data, 2));
        break;
      case SST:
        strings = readSharedStrings(withContinues(records, index));
        break;
    }
  }

  if (!ended) throw new UnreadableXlsError('biff-globals-truncated');

  const formatOf = (xf: number): string => {
    const id = xfFormats[xf] ?? 0;
    return formats.get(id) ?? builtinNumberFormat(id);
  };
  const byOffset = new Map(records.map((record, at) => [record.offset, at]));
  const sheets = sheetEntries
    .filter((entry) => entry.type === 0)
    .map((entry) => {
      const start = byOffset.get(entry.offset);
      if (start === undefined) throw new UnreadableXlsError('biff-sheet-offset');
      return readSheet(entry, records, start, strings, formatOf);
    });
  return { dateSystem, ...(codePage === undefined ? {} : { codePage }), sheets };
}

function splitRecords(stream: Uint8Array): BiffRecord[] {
  const records: BiffRecord[] = [];
  let at = 0;
  // Each record takes at least its 4-byte header, so this loop ends within length / 4 steps.
  while (at + 4 <= stream.length) {
    const type = stream[at]! | (stream[at + 1]! << 8);
    const size = stream[at + 2]! | (stream[at + 3]! << 8);
    // A stream cut short, or junk after the last EOF: reading stops here, and a sheet or the
    // globals that lose their EOF to it are refused below rather than read in part.
    if (at + 4 + size > stream.length) break;
    records.push({ type, offset: at, data: stream.subarray(at + 4, at + 4 + size) });
    at += 4 + size;

    // Writers pad the stream with zeros after the last EOF; a zero record type ends the records.
    if (type === 0 && size === 0) break;
  }
  return records;
}

/** A record's data and that of the CONTINUE records right after it. */
function withContinues(records: readonly BiffRecord[], index: number): Uint8Array[] {
  const parts = [(records[index] as BiffRecord).data];
  for (let next = index + 1; records[next]?.type === CONTINUE; next++) {
    parts.push((records[next] as BiffRecord).data);
  }
  return parts;
}

function readSheet(
  entry: SheetEntry,
  records: readonly BiffRecord[],
  start: number,
  strings: readonly string[],
  formatOf: (xf: number) => string,
): XlsSheet {
  const bof = records[start] as BiffRecord;
  if (bof.type !== BOF) throw new UnreadableXlsError('biff-sheet-bof');
  const sheet: XlsSheet = {
    name: entry.name,
    visibility: entry.visibility,
    rows: [],
    formats: [],
    merged: [],
  };
  if (u16(bof.data, 2) !== WORKSHEET) return sheet;

  const put = (row: number, column: number, value: CellValue, xf: number): void => {
    if (row >= MAX_ROWS || column >= MAX_COLUMNS) throw new UnreadableXlsError('biff-cell-range');
    const cells = (sheet.rows[row] ??= []);
    const formats = (sheet.formats[row] ??= []);
    cells[column] = value;
    formats[column] = formatOf(xf);
  };

  // A chart or other object inside a sheet brings its own BOF ... EOF: depth counts them.
  let depth = 0;
  let ended = false;
  for (let index = start + 1; index < records.length && !ended; index++) {
    const record = records[index] as BiffRecord;
    const data = record.data;
    if (record.type === BOF) depth++;
    if (record.type === EOF) {
      ended = depth === 0;
      depth = Math.max(0, depth - 1);
      continue;
    }
    if (depth > 0) continue;

    switch (record.type) {
      case LABELSST: {
        const text = strings[u32(data, 6)];
        if (text === undefined) throw new UnreadableXlsError('biff-sst-index');
        put(u16(data, 0), u16(data, 2), text, u16(data, 4));
        break;
      }
      case LABEL: {
        const cursor = new StringCursor(withContinues(records, index), 6);
        put(u16(data, 0), u16(data, 2), readString(cursor, cursor.u16(), 1), u16(data, 4));
        break;
      }
      case NUMBER:
        put(u16(data, 0), u16(data, 2), f64(data, 6), u16(data, 4));
        break;
      case RK:
        put(u16(data, 0), u16(data, 2), rkNumber(u32(data, 6)), u16(data, 4));
        break;
      case MULRK: {
        const row = u16(data, 0);
        const first = u16(data, 2);
        const count = Math.floor((data.length - 6) / 6);
        for (let i = 0; i < count; i++) {
          put(row, first + i, rkNumber(u32(data, 6 + i * 6)), u16(data, 4 + i * 6));
        }
        break;
      }
      case FORMULA:
        put(u16(data, 0), u16(data, 2), formulaValue(records, index), u16(data, 4));
        break;
      case BOOLERR: {
        const value = u8(data, 6);
        const cell: CellValue =
          u8(data, 7) === 1 ? { error: ERRORS[value] ?? '#N/A' } : value !== 0;
        put(u16(data, 0), u16(data, 2), cell, u16(data, 4));
        break;
      }
      case MERGEDCELLS: {
        const count = Math.min(u16(data, 0), Math.floor((data.length - 2) / 8));
        for (let i = 0; i < count; i++) {
          const at = 2 + i * 8;
          sheet.merged.push({
            startRow: u16(data, at) + 1,
            endRow: u16(data, at + 2) + 1,
            startColumn: u16(data, at + 4) + 1,
            endColumn: u16(data, at + 6) + 1,
          });
        }
        break;
      }
    }
  }
  // A sheet without its EOF was cut short: half a statement is worse than none.
  if (!ended) throw new UnreadableXlsError('biff-sheet-truncated');
  return sheet;
}

/** A formula's cached result: a number, or a marker for text (in the next STRING), bool, error. */
function formulaValue(records: readonly BiffRecord[], index: number): CellValue {
  const data = (records[index] as BiffRecord).data;
  if (u16(data, 12) !== 0xffff) return f64(data, 6);
  switch (u8(data, 6)) {
    case 0: {
      // The text follows in a STRING record, possibly after a SHRFMLA/ARRAY/TABLE record.
      for (let next = index + 1; next < records.length && next <= index + 3; next++) {
        const record = records[next] as BiffRecord;
        if (record.type === STRING) {
          const cursor = new StringCursor(withContinues(records, next), 0);
          return readString(cursor, cursor.u16(), 1);
        }
      }
      return '';
    }
    case 1:
      return u8(data, 8) !== 0;
    case 2:
      return { error: ERRORS[u8(data, 8)] ?? '#N/A' };
    default:
      return '';
  }
}

function rkNumber(rk: number): number {
  let value: number;
  if ((rk & 2) !== 0) {
    value = rk >> 2;
  } else {
    const view = new DataView(new ArrayBuffer(8));
    view.setUint32(0, 0, true);
    view.setUint32(4, rk & 0xfffffffc, true);
    value = view.getFloat64(0, true);
  }
  return (rk & 1) !== 0 ? value / 100 : value;
}

/**
 * The shared string table: a count, then strings (XLUnicodeRichExtendedString) that may break
 * across CONTINUE records; where the characters of a string break, the continuation starts with
 * its own flag byte saying whether the rest is one or two bytes a character.
 */
function readSharedStrings(parts: Uint8Array[]): string[] {
  const cursor = new StringCursor(parts, 0);
  cursor.u32();
  const unique = cursor.u32();
  const strings: string[] = [];
  for (let i = 0; i < unique && !cursor.atEnd(); i++) {
    const length = cursor.u16();
    strings.push(readString(cursor, length, 0));
  }
  return strings;
}

/**
 * The part of an XLUnicodeString after its character count: the flag byte, rich-text and
 * phonetic sizes when flagged, the characters, then the runs and phonetic data, skipped.
 * `extras` is 0 for strings that may carry runs and phonetics (SST), 1 for plain ones.
 */
function readString(cursor: StringCursor, length: number, extras: 0 | 1): string {
  const flags = cursor.u8();
  const rich = extras === 0 && (flags & 0x08) !== 0 ? cursor.u16() : 0;
  const phonetic = extras === 0 && (flags & 0x04) !== 0 ? cursor.u32() : 0;
  const text = cursor.chars(length, (flags & 0x01) !== 0);
  cursor.skip(rich * 4 + phonetic);
  return text;
}

/** Reads across a record and its CONTINUE records as one run of bytes. */
class StringCursor {
  private part = 0;

  constructor(
    private readonly parts: readonly Uint8Array[],
    private at: number,
  ) {}

  atEnd(): boolean {
    this.settle();
    return this.part >= this.parts.length;
  }

  u8(): number {
    this.settle();
    const data = this.parts[this.part];
    if (data === undefined) throw new UnreadableXlsError('biff-string-past-end');
    return data[this.at++] as number;
  }

  u16(): number {
    return this.u8() | (this.u8() << 8);
  }

  u32(): number {
    return (this.u16() | (this.u16() << 16)) >>> 0;
  }

  skip(count: number): void {
    let left = count;
    while (left > 0) {
      this.settle();
      const data = this.parts[this.part];
      if (data === undefined) throw new UnreadableXlsError('biff-string-past-end');
      const take = Math.min(left, data.length - this.at);
      this.at += take;
      left -= take;
    }
  }

  /** Characters, one or two bytes each; at a record break the next flag byte decides anew. */
  chars(length: number, wide: boolean): string {
    let text = '';
    let twoBytes = wide;
    let left = length;
    while (left > 0) {
      let data = this.parts[this.part];
      if (data === undefined) throw new UnreadableXlsError('biff-string-past-end');
      if (this.at >= data.length) {
        this.part++;
        this.at = 0;
        data = this.parts[this.part];
        if (data === undefined || data.length === 0) {
          throw new UnreadableXlsError('biff-string-past-end');
        }
        twoBytes = ((data[this.at++] as number) & 0x01) !== 0;
      }
      const size = twoBytes ? 2 : 1;
      const fit = Math.min(left, Math.floor((data.length - this.at) / size));
      if (fit === 0) throw new UnreadableXlsError('biff-string-split');
      const codes: number[] = [];
      for (let i = 0; i < fit; i++) {
        codes.push(
          twoBytes ? data[this.at]! | (data[this.at + 1]! << 8) : (data[this.at] as number),
        );
        this.at += size;
      }
      text += String.fromCharCode(...codes);
      left -= fit;
    }
    return text;
  }

  /** Moves past the ends of parts, so a value starting a new record is read from there. */
  private settle(): void {
    while (
      this.part < this.parts.length &&
      this.at >= (this.parts[this.part] as Uint8Array).length
    ) {
      this.part++;
      this.at = 0;
    }
  }
}

function u8(data: Uint8Array, at: number): number {
  if (at >= data.length) throw new UnreadableXlsError('biff-record-short');
  return data[at] as number;
}

function u16(data: Uint8Array, at: number): number {
  return u8(data, at) | (u8(data, at + 1) << 8);
}

function u32(data: Uint8Array, at: number): number {
  return (u16(data, at) | (u16(data, at + 2) << 16)) >>> 0;
}

function f64(data: Uint8Array, at: number): number {
  if (at + 8 > data.length) throw new UnreadableXlsError('biff-record-short');
  return new DataView(data.buffer, data.byteOffset + at, 8).getFloat64(0, true);
}
