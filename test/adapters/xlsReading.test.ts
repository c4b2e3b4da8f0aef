import { readFileSync } from 'node:fs';
import path from 'node:path';
import CFB from 'cfb';
import fc from 'fast-check';
import { openXls, readXlsBook } from '../../src/adapters/xls';
import { readBiffWorkbook } from '../../src/adapters/xls/biffWorkbook';
import { CompoundFile } from '../../src/adapters/xls/compoundFile';
import { CashierError } from '../../src/domain/problem';
import { readSheetRows } from '../../src/workbook/structure/sheetRows';

const FIXTURES = path.resolve(__dirname, '../fixtures/statements');
const XLS_FILES = [
  'ccb-2026-11.xls',
  'icbc-2026-11.xls',
  'bank-en-2026-11.xls',
  'bank-many-2026-11.xls',
];

function fixture(file: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(FIXTURES, file)));
}

// --- A BIFF8 stream built record by record, to reach records LibreOffice does not write. ---

function record(type: number, ...parts: (number[] | Uint8Array)[]): number[] {
  const data = parts.flatMap((part) => Array.from(part));
  return [type & 0xff, type >> 8, data.length & 0xff, data.length >> 8, ...data];
}
const u16 = (value: number): number[] => [value & 0xff, (value >> 8) & 0xff];
const u32 = (value: number): number[] => [...u16(value & 0xffff), ...u16(value >>> 16)];
const f64 = (value: number): number[] => {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, value, true);
  return Array.from(new Uint8Array(view.buffer));
};
const wide = (text: string): number[] => Array.from(text).flatMap((c) => u16(c.charCodeAt(0)));
const narrow = (text: string): number[] => Array.from(text).map((c) => c.charCodeAt(0));
const cell = (row: number, column: number, xf = 15): number[] => [
  ...u16(row),
  ...u16(column),
  ...u16(xf),
];

const DATE_FORMAT = 'yyyy"年"m"月"d"日"';

/** Globals (BOF, date mode, formats, XFs, the given SST records, one sheet), then the sheet. */
function stream(options: {
  sst?: number[];
  cells: number[];
  dateMode?: number;
  sheetName?: string;
}): Uint8Array {
  const name = options.sheetName ?? '明细';
  const xfs = Array.from({ length: 16 }, () =>
    record(0x00e0, u16(0), u16(0), new Array(16).fill(0)),
  );
  // XF 16: built-in date format 14; XF 17: a custom format with 年月日.
  xfs.push(record(0x00e0, u16(0), u16(14), new Array(16).fill(0)));
  xfs.push(record(0x00e0, u16(0), u16(164), new Array(16).fill(0)));
  const head = (boundsheetOffset: number): number[] => [
    ...record(0x0809, u16(0x0600), u16(0x0005), new Array(12).fill(0)),
    ...record(0x0042, u16(1200)),
    ...record(0x0022, u16(options.dateMode ?? 0)),
    ...record(0x041e, u16(164), u16(DATE_FORMAT.length), [1], wide(DATE_FORMAT)),
    ...xfs.flat(),
    ...record(0x0085, u32(boundsheetOffset), [0, 0], [Array.from(name).length, 1], wide(name)),
    ...(options.sst ?? []),
    ...record(0x000a),
  ];
  const globals = head(0);
  const sheetStart = head(globals.length).length;
  const sheet = [
    ...record(0x0809, u16(0x0600), u16(0x0010), new Array(12).fill(0)),
    ...options.cells,
    ...record(0x000a),
  ];
  return new Uint8Array([...head(sheetStart), ...sheet]);
}

describe('reading BIFF8 records', () => {
  it('reads shared strings split across CONTINUE records, each part with its own width, skipping rich runs and phonetics', () => {
    // String 0: "付款ABC" in two-byte characters, split after 付款; the rest continues one byte each.
    // String 1: rich text (2 runs) with phonetic data, whose runs and data fall in the next record.
    const sst = [
      ...record(0x00fc, u32(2), u32(2), u16(5), [0x01], wide('付款')),
      ...record(0x003c, [0x00], narrow('ABC'), u16(3), [0x0c], u16(2), u32(4), narrow('Ltd')),
      ...record(0x003c, new Array(8).fill(7), new Array(4).fill(9)),
    ];
    const book = readBiffWorkbook(
      stream({
        sst,
        cells: [...record(0x00fd, cell(0, 0), u32(0)), ...record(0x00fd, cell(0, 1), u32(1))],
      }),
    );

    expect(book.sheets[0]?.rows[0]).toEqual(['付款ABC', 'Ltd']);
  });

  it('reads LABEL, NUMBER, RK, MULRK, BOOLERR and formulas with number, text, boolean and error results', () => {
    const formula = (value: number[]): number[] => [...value, ...u16(0), ...u32(0), ...u16(0)];
    const special = (kind: number, value: number): number[] => [
      kind,
      0,
      value,
      0,
      0,
      0,
      0xff,
      0xff,
    ];
    const book = readBiffWorkbook(
      stream({
        cells: [
          ...record(0x0204, cell(0, 0), u16(4), [1], wide('交易日期')),
          ...record(0x0203, cell(1, 0, 16), f64(46330)),
          ...record(0x027e, cell(1, 1), u32((123456 << 2) | 3)), // integer, ×100: 1,234.56
          ...record(0x027e, cell(1, 2), u32(0x40590000)), // float high word: 100
          ...record(
            0x00bd,
            u16(2),
            u16(0),
            u16(15),
            u32((5 << 2) | 2),
            u16(17),
            u32((46331 << 2) | 2),
            u16(1),
          ),
          ...record(0x0205, cell(3, 0), [1, 0]),
          ...record(0x0205, cell(3, 1), [0x07, 1]),
          ...record(0x0006, cell(4, 0), formula(f64(12.5))),
          ...record(0x0006, cell(4, 1), formula(special(0, 0))),
          ...record(0x0207, u16(6), [0], narrow('FP-101')),
          ...record(0x0006, cell(4, 2), formula(special(1, 1))),
          ...record(0x0006, cell(4, 3), formula(special(2, 0x2a))),
          ...record(0x0006, cell(4, 4), formula(special(3, 0))),
          ...record(0x00e5, u16(1), u16(0), u16(0), u16(0), u16(3)),
        ],
      }),
    );

    const sheet = book.sheets[0];
    expect(sheet?.rows.map((row) => [...row])).toEqual([
      ['交易日期'],
      [46330, 1234.56, 100],
      [5, 46331],
      [true, { error: '#DIV/0!' }],
      [12.5, 'FP-101', true, { error: '#N/A' }, ''],
    ]);
    // Built-in id 14, as Excel (and the .xlsx reader) names it: a date either way.
    expect(sheet?.formats[1]?.[0]).toBe('m/d/yyyy');
    expect(sheet?.formats[2]?.[1]).toBe('yyyy"年"m"月"d"日"');
    expect(sheet?.merged).toEqual([{ startRow: 1, endRow: 1, startColumn: 1, endColumn: 4 }]);
  });

  it('skips a chart embedded in a sheet (its own BOF … EOF) and reads on after it', () => {
    const book = readBiffWorkbook(
      stream({
        cells: [
          ...record(0x0809, u16(0x0600), u16(0x0020), new Array(12).fill(0)),
          ...record(0x0203, cell(9, 9), f64(1)),
          ...record(0x000a),
          ...record(0x0203, cell(0, 0), f64(2)),
        ],
      }),
    );

    expect(book.sheets[0]?.rows).toEqual([[2]]);
  });

  it('knows the 1904 date system from DATEMODE', () => {
    expect(readBiffWorkbook(stream({ cells: [], dateMode: 1 })).dateSystem).toBe('1904');
    expect(readBiffWorkbook(stream({ cells: [] })).dateSystem).toBe('1900');
  });

  it('refuses Excel 95 (BIFF5) and older, and password-protected files, each with its own code', () => {
    const biff5 = new Uint8Array(record(0x0809, u16(0x0500), u16(0x0005), new Array(4).fill(0)));
    const biff4 = new Uint8Array(record(0x0409, u16(0), u16(0x0010)));
    const locked = stream({ cells: [] });
    locked[locked.indexOf(0x42)] = 0x2f; // the CODEPAGE record becomes FILEPASS

    expect(() => readBiffWorkbook(biff5)).toThrow(expect.objectContaining({ code: 'xls.too-old' }));
    expect(() => readBiffWorkbook(biff4)).toThrow(expect.objectContaining({ code: 'xls.too-old' }));
    expect(() => readBiffWorkbook(locked)).toThrow(
      expect.objectContaining({ code: 'xls.encrypted' }),
    );
  });

  it('refuses a Workbook stream cut short inside a sheet rather than read half a statement', () => {
    const whole = new CompoundFile(fixture('bank-many-2026-11.xls')).stream(
      'Workbook',
    ) as Uint8Array;

    expect(readBiffWorkbook(whole).sheets[0]?.rows).toHaveLength(404);
    expect(() => readBiffWorkbook(whole.slice(0, whole.length - 200))).toThrow(
      expect.objectContaining({ code: 'xls.unreadable', reason: 'biff-sheet-truncated' }),
    );
  });
});

describe('reading the compound file', () => {
  it.each(XLS_FILES)('gives the same Workbook stream as the cfb package for %s', (file) => {
    const bytes = fixture(file);
    const theirs = CFB.find(CFB.read(Buffer.from(bytes), { type: 'buffer' }), 'Workbook');

    const ours = new CompoundFile(bytes).stream('Workbook');

    expect(theirs?.content).toBeDefined();
    expect(Buffer.from(ours ?? [])).toEqual(Buffer.from(theirs?.content as Uint8Array));
  });

  it('opens an .xls as a read-only workbook whose sheet rows keep their Excel row numbers', async () => {
    const port = await openXls(fixture('icbc-2026-11.xls'));
    const facts = await port.describe();
    const rows = await readSheetRows(port, 'icbc-2026-11');

    expect(facts).toMatchObject({ dateSystem: '1900', sheets: [{ name: 'icbc-2026-11' }] });
    expect(rows.rows[4]?.[0]).toBe('交易日期');
    expect(rows.rows[3]?.every((value) => value === null)).toBe(true);
    await expect(port.writeStoredValues({})).rejects.toMatchObject({ code: 'bug.xls-read-only' });
  });
});

/** Reading ends in a book or in one of the .xls errors; anything else is a bug in the reader. */
function readsOrRefuses(bytes: Uint8Array): boolean {
  try {
    readXlsBook(bytes);
    return true;
  } catch (error) {
    return error instanceof CashierError && error.code.startsWith('xls.');
  }
}

describe('damaged .xls files', () => {
  const files = XLS_FILES.map(fixture);

  it('never throw anything but an .xls error when cut short anywhere', () => {
    fc.assert(
      fc.property(
        fc.nat(files.length - 1),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (i, cut) => {
          const bytes = files[i] as Uint8Array;
          return readsOrRefuses(bytes.slice(0, Math.floor(bytes.length * cut)));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never throw anything but an .xls error when bytes are changed', () => {
    fc.assert(
      fc.property(
        fc.nat(files.length - 1),
        fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.nat(255)), {
          minLength: 1,
          maxLength: 20,
        }),
        (i, changes) => {
          const bytes = (files[i] as Uint8Array).slice();
          for (const [where, value] of changes)
            bytes[Math.floor(where * (bytes.length - 1))] = value;
          return readsOrRefuses(bytes);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never throw anything but an .xls error on random bytes after the signature', () => {
    const signature = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4096 }), (rest) =>
        readsOrRefuses(new Uint8Array([...signature, ...rest])),
      ),
      { numRuns: 300 },
    );
  });

  it('never throw anything but an .xls error on random bytes read as a Workbook stream', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2048 }), (records) => {
        try {
          readBiffWorkbook(records);
          return true;
        } catch (error) {
          return error instanceof CashierError && error.code.startsWith('xls.');
        }
      }),
      { numRuns: 300 },
    );
  });
});
