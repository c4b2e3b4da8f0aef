/**
 * A WorkbookPort held in memory, seeded from plain data (SeedWorkbook). It behaves as the real
 * adapters promise: blocks of whole rows padded to the used range, owned sheets only written, the
 * cashier's sheets refused, number formats and hidden rows kept. Tests and benches use it where a
 * real .xlsx would only add file parsing time.
 */
import { fenToYuanNumber } from '../../src/domain/money';
import type { Fen } from '../../src/domain/money';
import { serialIfAny } from '../../src/domain/isoDay';
import type { DateSystem, IsoDay } from '../../src/domain/isoDay';
import { CancelledError, SheetMissingError, SheetNotOwnedError } from '../../src/workbook/errors';
import type {
  CellBlock,
  CellValue,
  MergedArea,
  OwnedColumn,
  OwnedTable,
  ReadOptions,
  StoredValues,
  WorkbookFacts,
  WorkbookPort,
  WriteOptions,
} from '../../src/workbook/workbookPort';
import type { ContractSubject, DumpedSheet, SeedWorkbook } from '../contract/seed';

const STORE_SHEET = '_CashierDesk';

interface MemorySheet {
  name: string;
  cells: CellValue[][];
  formats: (readonly string[])[];
  merged: MergedArea[];
  hiddenRows: Set<number>;
  visibility: 'visible' | 'hidden' | 'very-hidden';
  owned: boolean;
  table?: { name: string; range: string };
  frozenRows: number;
}

const FORMATS: Record<OwnedColumn['format'], string> = {
  text: '@',
  money: '¥#,##0.00;-¥#,##0.00',
  date: 'yyyy-mm-dd',
  integer: '0',
  number: 'General',
  percent: '0.00%',
  boolean: 'General',
};

export class MemoryWorkbook implements WorkbookPort {
  private readonly sheets: MemorySheet[];
  private readonly dateSystem: DateSystem;
  private stored: Record<string, string> = {};
  /** Calls made to writeOwnedTable, for tests that check what was written. */
  writes = 0;

  constructor(
    seed: SeedWorkbook,
    private readonly options: { locale?: string; blockRows?: number; stored?: StoredValues } = {},
  ) {
    this.dateSystem = seed.dateSystem ?? '1900';
    this.stored = { ...(options.stored ?? {}) };
    this.sheets = seed.sheets.map((sheet) => ({
      name: sheet.name,
      cells: sheet.cells.map((row) => [...row]),
      formats: sheet.cells.map((row, r) => formatRow(sheet.numberFormats?.[r], row.length)),
      merged: [...(sheet.merged ?? [])],
      hiddenRows: new Set(sheet.hiddenRows ?? []),
      visibility: sheet.visibility ?? 'visible',
      owned: false,
      frozenRows: 0,
    }));
  }

  async describe(): Promise<WorkbookFacts> {
    return {
      dateSystem: this.dateSystem,
      ...(this.options.locale ? { locale: this.options.locale } : {}),
      sheets: this.sheets.map((sheet) => ({
        name: sheet.name,
        rowCount: sheet.cells.length,
        columnCount: columnCount(sheet),
        visibility: sheet.visibility,
        owned: sheet.owned,
      })),
    };
  }

  async readMergedAreas(sheet: string): Promise<readonly MergedArea[]> {
    return [...this.sheet(sheet).merged];
  }

  async *readSheet(name: string, options: ReadOptions = {}): AsyncIterable<CellBlock> {
    const sheet = this.sheet(name);
    const width = columnCount(sheet);
    const step = Math.max(1, options.blockRows ?? this.options.blockRows ?? 5000);
    for (let start = 0; start < sheet.cells.length; start += step) {
      const end = Math.min(sheet.cells.length, start + step);
      const values: (readonly CellValue[])[] = [];
      const numberFormats: (readonly string[])[] = [];
      const hiddenRows: number[] = [];
      for (let r = start; r < end; r++) {
        values.push(pad(sheet.cells[r] ?? [], width, null));
        numberFormats.push(pad(sheet.formats[r] ?? [], width, 'General'));
        if (sheet.hiddenRows.has(r + 1)) hiddenRows.push(r + 1);
      }
      if (options.signal?.aborted) throw new CancelledError();
      options.onProgress?.(end, sheet.cells.length);
      yield { startRow: start + 1, values, numberFormats, hiddenRows };
    }
  }

  async writeOwnedTable(table: OwnedTable, options: WriteOptions = {}): Promise<void> {
    if (options.signal?.aborted) throw new CancelledError();
    let sheet = this.sheets.find((s) => s.name === table.sheet);
    if (sheet && !sheet.owned) throw new SheetNotOwnedError(table.sheet);
    if (!sheet) {
      sheet = blankOwnedSheet(table.sheet);
      this.sheets.push(sheet);
    }

    sheet.cells = [table.columns.map((c) => c.header)];
    sheet.formats = [table.columns.map(() => 'General')];
    const formats = table.columns.map((column) => FORMATS[column.format]);
    for (const row of table.rows) {
      sheet.cells.push(table.columns.map((column, c) => this.ownedCell(column, row[c] ?? null)));
      sheet.formats.push(formats);
    }
    const lastColumn = String.fromCharCode(64 + Math.min(26, table.columns.length));
    sheet.table = { name: table.tableName, range: `A1:${lastColumn}${table.rows.length + 1}` };
    sheet.frozenRows = table.freezeHeader === false ? 0 : 1;
    this.writes++;
  }

  async deleteOwnedSheet(name: string): Promise<void> {
    const index = this.sheets.findIndex((s) => s.name === name);
    if (index < 0) return;
    if (!this.sheets[index]!.owned) throw new SheetNotOwnedError(name);
    this.sheets.splice(index, 1);
  }

  async readStoredValues(): Promise<StoredValues> {
    return { ...this.stored };
  }

  async writeStoredValues(values: StoredValues): Promise<void> {
    this.stored = { ...values };

    // Kept like the real adapters do: key/value rows in a very hidden owned sheet.
    let store = this.sheets.find((s) => s.name === STORE_SHEET);
    if (!store) {
      store = { ...blankOwnedSheet(STORE_SHEET), visibility: 'very-hidden' };
      this.sheets.push(store);
    }
    store.cells = Object.entries(values).map(([key, value]) => [key, value]);
    store.formats = store.cells.map(() => ['@', '@']);
  }

  /** Every sheet as stored, owned ones included. */
  dump(): DumpedSheet[] {
    return this.sheets.map((sheet) => ({
      name: sheet.name,
      cells: sheet.cells.map((row) => [...row]),
      numberFormats: sheet.formats.map((row) => [...row]),
      visibility: sheet.visibility,
      tables: sheet.table ? [sheet.table] : [],
      frozenRows: sheet.frozenRows,
    }));
  }

  private ownedCell(column: OwnedColumn, value: string | number | boolean | null): CellValue {
    if (value === null) return null;
    switch (column.format) {
      case 'money':
        return fenToYuanNumber(value as Fen);
      case 'date':
        // As Excel keeps it: a day the date system has no serial for stays text.
        return serialIfAny(value as IsoDay, this.dateSystem) ?? String(value);
      case 'text':
        return String(value);
      default:
        return value;
    }
  }

  private sheet(name: string): MemorySheet {
    const sheet = this.sheets.find((s) => s.name === name);
    if (!sheet) throw new SheetMissingError(name);
    return sheet;
  }
}

/** A ContractSubject over a MemoryWorkbook, for the shared WorkbookPort contract tests. */
export async function memorySubject(seed: SeedWorkbook): Promise<ContractSubject> {
  const workbook = new MemoryWorkbook(seed);
  return { port: workbook, dump: async () => workbook.dump() };
}

function blankOwnedSheet(name: string): MemorySheet {
  return {
    name,
    cells: [],
    formats: [],
    merged: [],
    hiddenRows: new Set(),
    visibility: 'visible',
    owned: true,
    frozenRows: 0,
  };
}

function columnCount(sheet: MemorySheet): number {
  let width = 0;
  for (const row of sheet.cells) if (row.length > width) width = row.length;
  return width;
}

// Full rows are handed out as they are (blocks are read-only): copying a million rows per read
// would measure the twin, not the workflow.
function pad<T>(row: readonly T[], width: number, filler: T): readonly T[] {
  if (row.length === width) return row;
  const out = row.slice(0, width);
  while (out.length < width) out.push(filler);
  return out;
}

const generalRows = new Map<number, readonly string[]>();

/** A seed's format row as given when it covers the row, else padded with General (shared). */
function formatRow(given: readonly string[] | undefined, length: number): readonly string[] {
  if (given && given.length >= length) return given;
  if (!given || given.length === 0) {
    let general = generalRows.get(length);
    if (!general) {
      general = Array.from({ length }, () => 'General');
      generalRows.set(length, general);
    }
    return general;
  }
  return Array.from({ length }, (_, c) => given[c] ?? 'General');
}
