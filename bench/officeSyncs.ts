/**
 * Syncs and bytes the Excel adapter needs to read a ledger and to write it back as an owned table,
 * measured against the strict Excel twin (payloads as the JSON that would cross the wire).
 */
import { ExcelWorkbook } from '../src/adapters/excel/excelWorkbook';
import type { ExcelRun } from '../src/adapters/excel/officeHost';
import type { OwnedTable } from '../src/workbook/workbookPort';
import { ExcelTwin } from '../test/twin/excelTwin';
import type { BenchRow } from './benchRow';

const COLUMNS = 10;

function ledgerCells(rows: number): (string | number | null)[][] {
  return Array.from({ length: rows }, (_, r) => [
    `客户${r % 800}`,
    46000 + (r % 700),
    r * 13.57,
    `INV-${r}`,
    r % 90,
    r % 4 === 0 ? '到期未付' : null,
    r * 3,
    -r,
    'CNY',
    r % 2,
  ]);
}

function ledgerTable(rows: number): OwnedTable {
  return {
    sheet: '台账',
    tableName: 'CashierLedger',
    columns: [
      { header: '客户', format: 'text' },
      { header: '日期', format: 'date' },
      { header: '金额', format: 'money' },
      { header: '单号', format: 'text' },
      { header: '账龄', format: 'integer' },
      { header: '备注', format: 'text' },
      { header: '已收', format: 'money' },
      { header: '余额', format: 'money' },
      { header: '币种', format: 'text' },
      { header: '争议', format: 'boolean' },
    ],
    rows: Array.from({ length: rows }, (_, r) => [
      `客户${r % 800}`,
      '2026-03-05',
      r * 1357,
      `INV-${r}`,
      r % 90,
      r % 4 === 0 ? '到期未付' : null,
      r * 300,
      -r,
      'CNY',
      r % 2 === 0,
    ]),
  };
}

function figures(twin: ExcelTwin, from: number): { syncs: number; bytes: number; largest: number } {
  const syncs = twin.syncs.slice(from);
  const sizes = syncs.map((s) => s.requestBytes + s.responseBytes);
  return {
    syncs: syncs.length,
    bytes: sizes.reduce((a, b) => a + b, 0),
    largest: Math.max(...syncs.map((s) => Math.max(s.requestBytes, s.responseBytes))),
  };
}

const mb = (bytes: number): string => `${(bytes / 1_048_576).toFixed(1)} MB`;

export async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const count of [10_000, 100_000, 1_048_575]) {
    const twin = new ExcelTwin({ sheets: [{ name: '应收', cells: ledgerCells(count) }] });
    const port = new ExcelWorkbook(twin.run as unknown as ExcelRun, {
      isSetSupported: twin.isSetSupported,
    });

    let started = performance.now();
    let read = 0;
    for await (const block of port.readSheet('应收')) read += block.values.length;
    const readMs = performance.now() - started;
    const r = figures(twin, 0);
    rows.push({
      area: 'officeSyncs',
      case: `read ${read.toLocaleString('en')} rows x ${COLUMNS}`,
      figure: `${r.syncs} syncs, ${mb(r.bytes)}`,
      note: `largest sync ${mb(r.largest)}, ${Math.round(readMs)} ms on the twin`,
    });

    const before = twin.syncCount;
    started = performance.now();
    await port.writeOwnedTable(ledgerTable(count));
    const writeMs = performance.now() - started;
    const w = figures(twin, before);
    rows.push({
      area: 'officeSyncs',
      case: `write ${count.toLocaleString('en')}-row ledger table x ${COLUMNS}`,
      figure: `${w.syncs} syncs, ${mb(w.bytes)}`,
      note: `largest sync ${mb(w.largest)}, ${Math.round(writeMs)} ms on the twin`,
    });
  }
  return rows;
}
