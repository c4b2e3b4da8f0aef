import { ExcelWorkbook } from '../../src/adapters/excel/excelWorkbook';
import {
  ExcelBusyError,
  ExcelUnavailableError,
  defaultIsSetSupported,
} from '../../src/adapters/excel/officeHost';
import { InvalidArgumentError } from '../../src/domain/problem';
import { CancelledError } from '../../src/workbook/errors';
import type { CellBlock, OwnedTable } from '../../src/workbook/workbookPort';
import type { SeedWorkbook } from '../contract/seed';
import { CASHIER_SEED, LEDGER_TABLE } from '../contract/workbookContract';
import { PAYLOAD_LIMIT_BYTES } from '../twin/excelTwin';
import { excelOverTwin } from './excelTwinSubject';

function ledgerSeed(rows: number, columns = 8): SeedWorkbook {
  const cells = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: columns }, (_, c) => (c === 0 ? `客户${r % 500}` : r * 10 + c)),
  );
  return { sheets: [{ name: 'Ledger', cells }] };
}

async function readAll(port: ExcelWorkbook, sheet: string): Promise<CellBlock[]> {
  const blocks: CellBlock[] = [];
  for await (const block of port.readSheet(sheet)) blocks.push(block);
  return blocks;
}

function bigTable(rows: number): OwnedTable {
  return {
    sheet: '台账',
    tableName: 'Ledger',
    columns: [
      { header: '客户', format: 'text' },
      { header: '日期', format: 'date' },
      { header: '金额', format: 'money' },
      { header: '单号', format: 'text' },
      { header: '笔数', format: 'integer' },
      { header: '比例', format: 'percent' },
      { header: '已核销', format: 'boolean' },
      { header: '余额', format: 'money' },
      { header: '备注', format: 'text' },
      { header: '数', format: 'number' },
    ],
    rows: Array.from({ length: rows }, (_, r) => [
      `客户${r % 700}`,
      '2026-03-05',
      r * 101,
      `INV-${r}`,
      r,
      0.05,
      r % 2 === 0,
      -r,
      r % 3 === 0 ? '到期未付' : null,
      r / 7,
    ]),
  };
}

describe('the Excel adapter against the strict twin', () => {
  it('reads 200,000 rows in a few dozen syncs, none over 5 MB', async () => {
    const { twin, port } = excelOverTwin(ledgerSeed(200_000));

    const blocks = await readAll(port, 'Ledger');

    expect(blocks.reduce((n, b) => n + b.values.length, 0)).toBe(200_000);
    expect(twin.syncCount).toBeLessThanOrEqual(40);
    expect(Math.max(...twin.syncs.map((s) => s.responseBytes))).toBeLessThan(PAYLOAD_LIMIT_BYTES);
  });

  it('needs syncs in proportion to blocks, not rows', async () => {
    const small = excelOverTwin(ledgerSeed(20_000));
    const large = excelOverTwin(ledgerSeed(200_000));

    await readAll(small.port, 'Ledger');
    await readAll(large.port, 'Ledger');

    expect(large.twin.syncCount).toBeLessThan(small.twin.syncCount * 15);
    expect(large.twin.syncCount).toBeLessThan(200_000 / 1000);
  });

  it('reads a full 1,048,576-row sheet of 8 columns within Excel’s limits', async () => {
    const { twin, port } = excelOverTwin(ledgerSeed(1_048_576));

    let rows = 0;
    let last: CellBlock | undefined;
    for await (const block of port.readSheet('Ledger')) {
      rows += block.values.length;
      last = block;
    }

    expect(rows).toBe(1_048_576);
    expect(last?.values.at(-1)?.[7]).toBe(1_048_575 * 10 + 7);
    expect(twin.syncs.every((s) => s.responseBytes < PAYLOAD_LIMIT_BYTES)).toBe(true);
    expect(twin.syncs.every((s) => s.cellsRead <= 5_000_000)).toBe(true);
    expect(twin.syncCount).toBeLessThan(300);
  });

  it('halves a block Excel refuses when long texts appear further down', async () => {
    const cells = Array.from({ length: 3000 }, (_, r) => [r < 100 ? 'short' : 'z'.repeat(3000)]);
    const { twin, port } = excelOverTwin({ sheets: [{ name: 'Notes', cells }] });

    const blocks = await readAll(port, 'Notes');

    expect(blocks.reduce((n, b) => n + b.values.length, 0)).toBe(3000);
    expect(twin.syncs.some((s) => s.responseBytes > PAYLOAD_LIMIT_BYTES)).toBe(true);
  });

  it('writes a 200,000-row owned table in chunks that stay under 5 MB', async () => {
    const { twin, port } = excelOverTwin(CASHIER_SEED);

    await port.writeOwnedTable(bigTable(200_000));

    const ledger = twin.dump().find((s) => s.name === '台账');
    expect(ledger?.cells).toHaveLength(200_001);
    expect(ledger?.tables).toEqual([{ name: 'Ledger', range: 'A1:J200001' }]);
    expect(twin.syncs.every((s) => s.requestBytes < PAYLOAD_LIMIT_BYTES)).toBe(true);
    expect(twin.syncCount).toBeLessThan(60);
  });

  it('never writes the cashier’s sheets, only its own and the desk', async () => {
    const { twin, port } = excelOverTwin(CASHIER_SEED);

    await port.writeOwnedTable(LEDGER_TABLE);
    await port.writeOwnedTable(LEDGER_TABLE);
    await port.writeStoredValues({ lastRun: '2026-12-03' });
    await port.deleteOwnedSheet('台账');

    const cashierSheets = CASHIER_SEED.sheets.map((s) => s.name);
    expect([...twin.writtenSheets].filter((name) => cashierSheets.includes(name))).toEqual([]);
  });

  it('keeps the desk in the layout the .xlsx adapter shares: key | value, owned:<sheet> = 1', async () => {
    const { twin, port } = excelOverTwin(CASHIER_SEED);

    await port.writeOwnedTable(LEDGER_TABLE);
    await port.writeStoredValues({ counter: '007' });

    const desk = twin.dump().find((s) => s.name === '_CashierDesk');
    expect(desk?.cells).toEqual([
      ['key', 'value'],
      ['owned:台账', '1'],
      ['counter', '007'],
    ]);
    expect(desk?.visibility).toBe('very-hidden');
  });

  it('refuses stored value keys that would forge an owned mark', async () => {
    const { port } = excelOverTwin(CASHIER_SEED);

    await expect(port.writeStoredValues({ 'owned:应收账款': '1' })).rejects.toBeInstanceOf(
      InvalidArgumentError,
    );
  });

  it('writes dates as serials of the workbook’s 1904 date system', async () => {
    const { twin, port } = excelOverTwin({ ...CASHIER_SEED, dateSystem: '1904' });

    await port.writeOwnedTable(LEDGER_TABLE);

    const ledger = twin.dump().find((s) => s.name === '台账');
    expect(ledger?.cells[1]?.[1]).toBe(46027 - 1462);
  });

  it('suspends calculation and freezes the header when writing', async () => {
    const { twin, port } = excelOverTwin(CASHIER_SEED);

    await port.writeOwnedTable({ ...LEDGER_TABLE, freezeHeader: false });

    expect(twin.dump().find((s) => s.name === '台账')?.frozenRows).toBe(0);
    expect(twin.book.sheetNamed('台账')?.columnWidths.get(2)).toBeCloseTo(16 * 5.25 + 3.75);
  });

  it('reports write progress and stops with CancelledError between chunks', async () => {
    const { port } = excelOverTwin(CASHIER_SEED);
    const controller = new AbortController();
    const seen: number[] = [];

    await expect(
      port.writeOwnedTable(bigTable(60_000), {
        signal: controller.signal,
        onProgress: (written) => {
          seen.push(written);
          controller.abort();
        },
      }),
    ).rejects.toBeInstanceOf(CancelledError);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toBeLessThan(60_000);
  });

  it('finds the same hidden rows without ExcelApi 1.9, by halving spans', async () => {
    const hiddenRows = [3, 4, 97, 150, 151, 152, 400];
    const seed = {
      sheets: [{ name: 'S', cells: Array.from({ length: 500 }, (_, r) => [r]), hiddenRows }],
    };
    const modern = excelOverTwin(seed);
    const old = excelOverTwin(seed, { excelApi: '1.8' });

    const hiddenIn = async (port: ExcelWorkbook) =>
      (await readAll(port, 'S')).flatMap((b) => b.hiddenRows);

    expect(await hiddenIn(modern.port)).toEqual(hiddenRows);
    expect(await hiddenIn(old.port)).toEqual(hiddenRows);
    expect(old.twin.syncCount).toBeLessThanOrEqual(2 + Math.ceil(Math.log2(500)) + 1);
  });

  it('returns no merged areas without ExcelApi 1.13 instead of failing', async () => {
    const { port } = excelOverTwin(CASHIER_SEED, { excelApi: '1.12' });

    expect(await port.readMergedAreas('应收账款')).toEqual([]);
  });

  it('reads more than 512 merged areas by splitting the range', async () => {
    const merged = Array.from({ length: 600 }, (_, r) => ({
      startRow: r + 1,
      startColumn: 1,
      endRow: r + 1,
      endColumn: 2,
    }));
    const cells = Array.from({ length: 600 }, (_, r) => [`row ${r + 1}`, null]);
    const { port } = excelOverTwin({ sheets: [{ name: 'S', cells, merged }] });

    expect(await port.readMergedAreas('S')).toEqual(merged);
  });

  it('waits out cell-edit mode and then runs the batch', async () => {
    const { twin, port } = excelOverTwin(CASHIER_SEED);
    twin.cellEditModeSyncs = 2;

    expect(await port.readStoredValues()).toEqual({});
  });

  it('gives up with ExcelBusyError when the cell stays in edit mode', async () => {
    const { twin, port } = excelOverTwin(CASHIER_SEED);
    twin.cellEditModeSyncs = 100;

    await expect(port.describe()).rejects.toBeInstanceOf(ExcelBusyError);
  });

  it('fails cleanly outside Office instead of crashing', async () => {
    const port = new ExcelWorkbook();

    await expect(port.describe()).rejects.toBeInstanceOf(ExcelUnavailableError);
    expect(defaultIsSetSupported('ExcelApi', '1.1')).toBe(false);
  });
});
