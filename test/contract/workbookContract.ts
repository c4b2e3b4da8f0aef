/**
 * The behaviour every WorkbookPort must show, written once and run against each host: the .xlsx
 * adapter (dump = reopen the saved bytes) and the Office.js adapter over the strict Excel twin.
 * Nothing here knows which host it runs on; it seeds plain data and reads back through the port
 * and the subject's dump().
 */
import type { MakeSubject, SeedWorkbook, DumpedSheet } from './seed';
import { CancelledError, SheetMissingError, SheetNotOwnedError } from '../../src/workbook/errors';
import type {
  CellBlock,
  CellValue,
  OwnedTable,
  ReadOptions,
  WorkbookPort,
} from '../../src/workbook/workbookPort';

/** Name of the very hidden sheet holding Cashier Desk's stored values and owned-sheet list. */
export const STORE_SHEET = '_CashierDesk';

export const MONEY_FORMAT = '¥#,##0.00;-¥#,##0.00';
export const DATE_FORMAT = 'yyyy-mm-dd';

/** The cashier's workbook every case starts from: every kind of value, formats, merges, hiding. */
export const CASHIER_SEED: SeedWorkbook = {
  dateSystem: '1900',
  sheets: [
    {
      name: '应收账款',
      cells: [
        ['2026年应收账款明细', null, null, null, null],
        ['客户', '日期', '金额', '已核销', '备注'],
        ['华东五金', 46023, 1234.5, false, '=SUM(A1)'],
        ['隐藏客户', 46024, -500, true, null],
        ['南方建材 & <Co>', 46025, 0, null, { error: '#N/A' }],
        ['短行', 46026],
        [null, null, null, null, 'E7 corner'],
      ],
      numberFormats: [
        [],
        [],
        ['General', 'yyyy-mm-dd', '#,##0.00', 'General', '@'],
        ['General', 'yyyy-mm-dd', '#,##0.00'],
        ['General', 'yyyy-mm-dd', '#,##0.00'],
        ['General', 'yyyy-mm-dd'],
      ],
      merged: [{ startRow: 1, startColumn: 1, endRow: 1, endColumn: 5 }],
      hiddenRows: [4],
    },
    {
      name: 'Notes',
      cells: [['kept as is'], [42]],
      visibility: 'hidden',
    },
  ],
};

export const LEDGER_TABLE: OwnedTable = {
  sheet: '台账',
  tableName: 'CashierLedger',
  columns: [
    { header: '客户', format: 'text' },
    { header: '日期', format: 'date' },
    { header: '金额', format: 'money', width: 16 },
    { header: '单号', format: 'text' },
  ],
  rows: [
    ['华东五金', '2026-01-05', 123456, '=HYPERLINK("x")'],
    ['南方建材', '2026-02-28', -50, '00123'],
    ['西北商贸', null, 0, null],
  ],
};

export function describeWorkbookContract(label: string, make: MakeSubject): void {
  describe(`${label} keeps the WorkbookPort contract`, () => {
    describe('describe()', () => {
      it('lists the sheets in order with used range sizes, visibility and no owned flags', async () => {
        const { port } = await make(CASHIER_SEED);
        const facts = await port.describe();

        expect(facts.dateSystem).toBe('1900');
        expect(facts.sheets).toEqual([
          { name: '应收账款', rowCount: 7, columnCount: 5, visibility: 'visible', owned: false },
          { name: 'Notes', rowCount: 2, columnCount: 1, visibility: 'hidden', owned: false },
        ]);
      });

      it('reports the 1904 date system of a workbook that uses it', async () => {
        const { port } = await make({ dateSystem: '1904', sheets: [{ name: 'S', cells: [[1]] }] });

        expect((await port.describe()).dateSystem).toBe('1904');
      });
    });

    describe('reading', () => {
      it('reads text, numbers, booleans, error values and empty cells as stored', async () => {
        const { port } = await make(CASHIER_SEED);
        const rows = (await readAll(port, '应收账款')).values;

        expect(rows[0]).toEqual(['2026年应收账款明细', null, null, null, null]);
        expect(rows[2]).toEqual(['华东五金', 46023, 1234.5, false, '=SUM(A1)']);
        expect(rows[3]).toEqual(['隐藏客户', 46024, -500, true, null]);
        expect(rows[4]).toEqual(['南方建材 & <Co>', 46025, 0, null, { error: '#N/A' }]);
      });

      it('pads short rows with null to the used range width and invents no cells beyond it', async () => {
        const { port } = await make(CASHIER_SEED);
        const { values, numberFormats } = await readAll(port, '应收账款');

        expect(values).toHaveLength(7);
        expect(values.every((row) => row.length === 5)).toBe(true);
        expect(numberFormats.every((row) => row.length === 5)).toBe(true);
        expect(values[5]).toEqual(['短行', 46026, null, null, null]);
        expect(values[6]).toEqual([null, null, null, null, 'E7 corner']);
      });

      it('gives each cell its number format, General where none was set', async () => {
        const { port } = await make(CASHIER_SEED);
        const { numberFormats } = await readAll(port, '应收账款');

        expect(numberFormats[2]).toEqual(['General', 'yyyy-mm-dd', '#,##0.00', 'General', '@']);
        expect(numberFormats[5]?.slice(0, 2)).toEqual(['General', 'yyyy-mm-dd']);
        expect(numberFormats[0]?.[0]).toBe('General');
      });

      it('reports the merged areas of a sheet', async () => {
        const { port } = await make(CASHIER_SEED);

        expect(await port.readMergedAreas('应收账款')).toEqual([
          { startRow: 1, startColumn: 1, endRow: 1, endColumn: 5 },
        ]);
        expect(await port.readMergedAreas('Notes')).toEqual([]);
      });

      it('reports hidden rows in the block that holds them', async () => {
        const { port } = await make(CASHIER_SEED);
        const blocks = await collect(port.readSheet('应收账款', { blockRows: 3 }));

        expect(blocks.map((b) => b.hiddenRows)).toEqual([[], [4], []]);
      });

      it('streams whole rows in blocks of blockRows, top to bottom', async () => {
        const { port } = await make(CASHIER_SEED);
        const blocks = await collect(port.readSheet('应收账款', { blockRows: 3 }));

        expect(blocks.map((b) => [b.startRow, b.values.length])).toEqual([
          [1, 3],
          [4, 3],
          [7, 1],
        ]);
        expect(blocks[1]?.values[0]?.[0]).toBe('隐藏客户');
      });

      it('reports progress up to the total row count', async () => {
        const { port } = await make(CASHIER_SEED);
        const seen: [number, number][] = [];
        await collect(
          port.readSheet('应收账款', { blockRows: 2, onProgress: (r, t) => seen.push([r, t]) }),
        );

        expect(seen.length).toBeGreaterThan(0);
        expect(seen[seen.length - 1]).toEqual([7, 7]);
        expect(seen.every(([r], i) => i === 0 || r >= (seen[i - 1]?.[0] ?? 0))).toBe(true);
      });

      it('stops with CancelledError when the signal is aborted', async () => {
        const { port } = await make(CASHIER_SEED);
        const controller = new AbortController();
        controller.abort();

        await expect(
          collect(port.readSheet('应收账款', { signal: controller.signal })),
        ).rejects.toBeInstanceOf(CancelledError);
      });

      it('stops between blocks when the signal is aborted mid-read', async () => {
        const { port } = await make(CASHIER_SEED);
        const controller = new AbortController();
        const read: CellBlock[] = [];
        const run = async (): Promise<void> => {
          for await (const block of port.readSheet('应收账款', {
            blockRows: 2,
            signal: controller.signal,
          })) {
            read.push(block);
            controller.abort();
          }
        };

        await expect(run()).rejects.toBeInstanceOf(CancelledError);
        expect(read).toHaveLength(1);
      });

      it('refuses to read a sheet that does not exist', async () => {
        const { port } = await make(CASHIER_SEED);

        await expect(collect(port.readSheet('没有这个表'))).rejects.toBeInstanceOf(
          SheetMissingError,
        );
        await expect(port.readMergedAreas('没有这个表')).rejects.toBeInstanceOf(SheetMissingError);
      });
    });

    describe('writing an owned table', () => {
      it('writes values as stored numbers and text, with money, date and text formats', async () => {
        const { port } = await make(CASHIER_SEED);
        await port.writeOwnedTable(LEDGER_TABLE);
        const { values, numberFormats } = await readAll(port, '台账');

        expect(values).toEqual([
          ['客户', '日期', '金额', '单号'],
          ['华东五金', 46027, 1234.56, '=HYPERLINK("x")'],
          ['南方建材', 46081, -0.5, '00123'],
          ['西北商贸', null, 0, null],
        ]);
        expect(numberFormats[1]?.slice(1, 3)).toEqual([DATE_FORMAT, MONEY_FORMAT]);
        expect(numberFormats[3]?.[2]).toBe(MONEY_FORMAT);
      });

      it('writes a day the 1904 date system has no serial for as its ISO text, not a failure', async () => {
        const { port } = await make({ ...CASHIER_SEED, dateSystem: '1904' });
        await port.writeOwnedTable({
          ...LEDGER_TABLE,
          rows: [
            ['华东五金', '1902-05-01', 100, null],
            ['南方建材', '1904-01-02', 100, null],
          ],
        });
        const { values } = await readAll(port, '台账');

        expect(values.slice(1).map((row) => row[1])).toEqual(['1902-05-01', 1]);
      });

      it('marks the written sheet as owned and places it after the cashier’s sheets', async () => {
        const { port } = await make(CASHIER_SEED);
        await port.writeOwnedTable(LEDGER_TABLE);
        const sheets = (await port.describe()).sheets.filter((s) => s.name !== STORE_SHEET);

        expect(sheets.map((s) => [s.name, s.owned])).toEqual([
          ['应收账款', false],
          ['Notes', false],
          ['台账', true],
        ]);
        expect(sheets[2]).toMatchObject({ rowCount: 4, columnCount: 4, visibility: 'visible' });
      });

      it('stores a real table over the data with the header row frozen', async () => {
        const subject = await make(CASHIER_SEED);
        await subject.port.writeOwnedTable(LEDGER_TABLE);
        const ledger = sheetOf(await subject.dump(), '台账');

        expect(ledger.tables).toEqual([{ name: 'CashierLedger', range: 'A1:D4' }]);
        expect(ledger.frozenRows).toBe(1);
        expect(ledger.cells[1]?.[3]).toBe('=HYPERLINK("x")');
      });

      it('leaves no stale rows when rewritten with fewer rows', async () => {
        const subject = await make(CASHIER_SEED);
        await subject.port.writeOwnedTable(LEDGER_TABLE);
        await subject.port.writeOwnedTable({
          ...LEDGER_TABLE,
          rows: LEDGER_TABLE.rows.slice(0, 1),
        });
        const ledger = sheetOf(await subject.dump(), '台账');

        expect(ledger.cells).toHaveLength(2);
        expect(ledger.tables).toEqual([{ name: 'CashierLedger', range: 'A1:D2' }]);
        expect((await readAll(subject.port, '台账')).values).toHaveLength(2);
      });

      it('gives the same workbook when the same table is written twice', async () => {
        const once = await make(CASHIER_SEED);
        await once.port.writeOwnedTable(LEDGER_TABLE);
        const twice = await make(CASHIER_SEED);
        await twice.port.writeOwnedTable(LEDGER_TABLE);
        await twice.port.writeOwnedTable(LEDGER_TABLE);

        expect(await twice.dump()).toEqual(await once.dump());
      });

      it('refuses to write over a sheet the cashier made, and leaves it untouched', async () => {
        const subject = await make(CASHIER_SEED);
        const before = await subject.dump();

        await expect(
          subject.port.writeOwnedTable({ ...LEDGER_TABLE, sheet: '应收账款' }),
        ).rejects.toBeInstanceOf(SheetNotOwnedError);
        expect(sheetOf(await subject.dump(), '应收账款')).toEqual(sheetOf(before, '应收账款'));
      });

      it('keeps every cell and format of the cashier’s sheets when owned sheets are written', async () => {
        const subject = await make(CASHIER_SEED);
        const before = cashierSheets(await subject.dump());

        await subject.port.writeOwnedTable(LEDGER_TABLE);
        await subject.port.writeStoredValues({ lastRun: '2026-12-03' });
        await subject.port.writeOwnedTable({
          ...LEDGER_TABLE,
          sheet: '客户档案',
          tableName: 'Customers',
        });
        await subject.port.deleteOwnedSheet('客户档案');

        expect(fingerprint(cashierSheets(await subject.dump()))).toBe(fingerprint(before));
      });

      it('stops with CancelledError before writing when the signal is already aborted', async () => {
        const { port } = await make(CASHIER_SEED);
        const controller = new AbortController();
        controller.abort();

        await expect(
          port.writeOwnedTable(LEDGER_TABLE, { signal: controller.signal }),
        ).rejects.toBeInstanceOf(CancelledError);
        expect((await port.describe()).sheets.map((s) => s.name)).not.toContain('台账');
      });
    });

    describe('deleting an owned sheet', () => {
      it('removes a sheet Cashier Desk wrote', async () => {
        const subject = await make(CASHIER_SEED);
        await subject.port.writeOwnedTable(LEDGER_TABLE);
        await subject.port.deleteOwnedSheet('台账');

        expect((await subject.port.describe()).sheets.map((s) => s.name)).not.toContain('台账');
        expect((await subject.dump()).map((s) => s.name)).not.toContain('台账');
      });

      it('refuses to delete a sheet the cashier made', async () => {
        const subject = await make(CASHIER_SEED);

        await expect(subject.port.deleteOwnedSheet('Notes')).rejects.toBeInstanceOf(
          SheetNotOwnedError,
        );
        expect((await subject.dump()).map((s) => s.name)).toContain('Notes');
      });
    });

    describe('stored values', () => {
      it('starts empty', async () => {
        const { port } = await make(CASHIER_SEED);

        expect(await port.readStoredValues()).toEqual({});
      });

      it('reads back what was stored, in a very hidden owned sheet', async () => {
        const subject = await make(CASHIER_SEED);
        const values = { 'mapping.金额': 'C', counter: '7', note: 'a & <b> "c"', empty: '' };
        await subject.port.writeStoredValues(values);

        expect(await subject.port.readStoredValues()).toEqual(values);
        const store = (await subject.port.describe()).sheets.find((s) => s.name === STORE_SHEET);
        expect(store).toMatchObject({ visibility: 'very-hidden', owned: true });
        expect(sheetOf(await subject.dump(), STORE_SHEET).visibility).toBe('very-hidden');
      });

      it('replaces the stored values as a whole', async () => {
        const { port } = await make(CASHIER_SEED);
        await port.writeStoredValues({ a: '1', b: '2' });
        await port.writeStoredValues({ b: '3' });

        expect(await port.readStoredValues()).toEqual({ b: '3' });
      });

      it('keeps the owned flags of written sheets when stored values change', async () => {
        const { port } = await make(CASHIER_SEED);
        await port.writeOwnedTable(LEDGER_TABLE);
        await port.writeStoredValues({ a: '1' });

        const ledger = (await port.describe()).sheets.find((s) => s.name === '台账');
        expect(ledger?.owned).toBe(true);
        await expect(port.deleteOwnedSheet('台账')).resolves.toBeUndefined();
      });
    });
  });
}

async function collect(blocks: AsyncIterable<CellBlock>): Promise<CellBlock[]> {
  const all: CellBlock[] = [];
  for await (const block of blocks) all.push(block);
  return all;
}

async function readAll(
  port: WorkbookPort,
  sheet: string,
  options?: ReadOptions,
): Promise<{ values: CellValue[][]; numberFormats: string[][] }> {
  const values: CellValue[][] = [];
  const numberFormats: string[][] = [];
  for (const block of await collect(port.readSheet(sheet, options))) {
    values.push(...block.values.map((row) => [...row]));
    numberFormats.push(...block.numberFormats.map((row) => [...row]));
  }
  return { values, numberFormats };
}

function sheetOf(sheets: readonly DumpedSheet[], name: string): DumpedSheet {
  const found = sheets.find((s) => s.name === name);
  if (!found) throw new Error(`The dump has no sheet "${name}"`);
  return found;
}

function cashierSheets(sheets: readonly DumpedSheet[]): readonly DumpedSheet[] {
  const names = new Set(CASHIER_SEED.sheets.map((s) => s.name));
  return sheets.filter((s) => names.has(s.name));
}

/** One string naming every cell's address, value and format, so any change shows as a diff. */
function fingerprint(sheets: readonly DumpedSheet[]): string {
  return sheets
    .map((sheet) => {
      const cells = sheet.cells.flatMap((row, r) =>
        row.map(
          (value, c) =>
            `${r + 1}:${c + 1}=${JSON.stringify(value)}|${sheet.numberFormats[r]?.[c] ?? ''}`,
        ),
      );
      return `${sheet.name}/${sheet.visibility}\n${cells.join('\n')}`;
    })
    .join('\n\n');
}
