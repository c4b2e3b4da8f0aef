/**
 * What the twin's "Excel" holds between syncs: sheets of cells, number formats, hidden rows,
 * merged areas, tables, frozen rows, column widths. Seeded from a SeedWorkbook and dumped as
 * DumpedSheet[] so contract tests can compare hosts.
 */
import type { DateSystem } from '../../src/domain/isoDay';
import { asIsoDay, serialIfAny } from '../../src/domain/isoDay';
import type { CellValue, MergedArea } from '../../src/workbook/workbookPort';
import { isCellError } from '../../src/workbook/workbookPort';
import type { DumpedSheet, SeedWorkbook } from '../contract/seed';
import type { Rect } from './a1';
import { formatRect } from './a1';
import type { TwinChart, TwinConditionalFormat } from './twinDecorations';

export type TwinVisibility = 'Visible' | 'Hidden' | 'VeryHidden';

export interface TwinTable {
  name: string;
  rect: Rect;
  style: string;
}

export class TwinSheet {
  readonly id: number;
  visibility: TwinVisibility = 'Visible';
  /** rows[r][c]; a missing row or cell is empty. */
  readonly rows: (CellValue[] | undefined)[] = [];
  /** formats[r][c]; missing means "General". */
  readonly formats: (string[] | undefined)[] = [];
  readonly hiddenRows = new Set<number>();
  merged: MergedArea[] = [];
  readonly tables: TwinTable[] = [];
  frozenRows = 0;
  tabColor = '';
  /** Worksheet protection: while on, Excel refuses writes to the sheet's cells. */
  protection: { readonly allowAutoFilter?: boolean; readonly allowSort?: boolean } | undefined;
  readonly columnWidths = new Map<number, number>();
  readonly conditionalFormats: TwinConditionalFormat[] = [];
  readonly charts: TwinChart[] = [];

  constructor(
    public name: string,
    id: number,
  ) {
    this.id = id;
  }

  cell(r: number, c: number): CellValue {
    return this.rows[r]?.[c] ?? null;
  }

  format(r: number, c: number): string {
    return this.formats[r]?.[c] ?? 'General';
  }

  setCell(r: number, c: number, value: CellValue): void {
    const row = (this.rows[r] ??= []);
    row[c] = value;
  }

  setFormat(r: number, c: number, format: string): void {
    const row = (this.formats[r] ??= []);
    row[c] = format;
  }

  /** Last used cell, counted from A1 (0-based, inclusive), or undefined for an empty sheet. */
  usedRect(valuesOnly: boolean): Rect | undefined {
    let r0 = Infinity;
    let c0 = Infinity;
    let r1 = -1;
    let c1 = -1;
    const visit = (
      grid: readonly (readonly unknown[] | undefined)[],
      used: (v: unknown) => boolean,
    ) => {
      grid.forEach((row, r) => {
        row?.forEach((value, c) => {
          if (!used(value)) return;
          r0 = Math.min(r0, r);
          c0 = Math.min(c0, c);
          r1 = Math.max(r1, r);
          c1 = Math.max(c1, c);
        });
      });
    };
    visit(this.rows, (v) => v !== null && v !== undefined && v !== '');
    if (!valuesOnly) visit(this.formats, (f) => f !== undefined && f !== 'General');
    return r1 < 0 ? undefined : { r0, c0, r1, c1 };
  }

  clear(rect: Rect): void {
    for (
      let r = rect.r0;
      r <= rect.r1 && r < Math.max(this.rows.length, this.formats.length);
      r++
    ) {
      const row = this.rows[r];
      const formats = this.formats[r];
      for (
        let c = rect.c0;
        c <= rect.c1 && c < Math.max(row?.length ?? 0, formats?.length ?? 0);
        c++
      ) {
        if (row) row[c] = null;
        if (formats) formats[c] = 'General';
      }
    }
  }
}

export class TwinBook {
  readonly sheets: TwinSheet[] = [];
  dateSystem: DateSystem = '1900';
  locale = 'zh-CN';
  private nextId = 1;

  static fromSeed(seed: SeedWorkbook): TwinBook {
    const book = new TwinBook();
    book.dateSystem = seed.dateSystem ?? '1900';
    for (const sheetSeed of seed.sheets) {
      const sheet = book.addSheet(sheetSeed.name);
      sheet.visibility = toTwinVisibility(sheetSeed.visibility ?? 'visible');
      sheetSeed.cells.forEach((row, r) =>
        row.forEach((value, c) => {
          if (value !== null) sheet.setCell(r, c, value);
        }),
      );
      sheetSeed.numberFormats?.forEach((row, r) =>
        row.forEach((format, c) => {
          if (format !== 'General') sheet.setFormat(r, c, format);
        }),
      );
      for (const row of sheetSeed.hiddenRows ?? []) sheet.hiddenRows.add(row - 1);
      sheet.merged = [...(sheetSeed.merged ?? [])];
    }
    return book;
  }

  addSheet(name: string): TwinSheet {
    const sheet = new TwinSheet(name, this.nextId++);
    this.sheets.push(sheet);
    return sheet;
  }

  sheetNamed(name: string): TwinSheet | undefined {
    const wanted = name.toLowerCase();
    return this.sheets.find((sheet) => sheet.name.toLowerCase() === wanted);
  }

  /** Every sheet as stored, trimmed to its used cells (values or formats) from A1. */
  dump(): DumpedSheet[] {
    return this.sheets.map((sheet) => {
      const used = sheet.usedRect(false);
      const rows = used ? used.r1 + 1 : 0;
      const columns = used ? used.c1 + 1 : 0;
      const cells: CellValue[][] = [];
      const numberFormats: string[][] = [];
      for (let r = 0; r < rows; r++) {
        const valueRow: CellValue[] = [];
        const formatRow: string[] = [];
        for (let c = 0; c < columns; c++) {
          valueRow.push(sheet.cell(r, c));
          formatRow.push(sheet.format(r, c));
        }
        cells.push(valueRow);
        numberFormats.push(formatRow);
      }
      return {
        name: sheet.name,
        cells,
        numberFormats,
        visibility: fromTwinVisibility(sheet.visibility),
        tables: sheet.tables.map((table) => ({ name: table.name, range: formatRect(table.rect) })),
        frozenRows: sheet.frozenRows,
      };
    });
  }
}

export function toTwinVisibility(v: 'visible' | 'hidden' | 'very-hidden'): TwinVisibility {
  return v === 'visible' ? 'Visible' : v === 'hidden' ? 'Hidden' : 'VeryHidden';
}

export function fromTwinVisibility(v: TwinVisibility): 'visible' | 'hidden' | 'very-hidden' {
  return v === 'Visible' ? 'visible' : v === 'Hidden' ? 'hidden' : 'very-hidden';
}

/** A stored cell as range.values returns it: errors as their text, empty cells as "". */
export function wireValue(value: CellValue): string | number | boolean {
  if (value === null) return '';
  return isCellError(value) ? value.error : value;
}

const NUMBER_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const ERROR_TEXT = /^#(N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!|SPILL!|CALC!)$/;

/**
 * What Excel stores when range.values receives `value` for a cell with `format`: like typing it.
 * Text-formatted cells ("@") keep text as is; elsewhere "0012" becomes 12, "2024-03-05" a date
 * serial, "TRUE" a boolean, and "=..." a formula (the twin cannot evaluate it: #NAME?).
 */
export function typedValue(value: unknown, format: string, system: DateSystem): CellValue {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  const text = String(value);
  if (format === '@') return text;
  if (text.startsWith('=')) return { error: '#NAME?' };
  if (ERROR_TEXT.test(text)) return { error: text };
  if (NUMBER_TEXT.test(text.trim())) return Number(text.trim());
  if (/^(true|false)$/i.test(text)) return text.toLowerCase() === 'true';
  // Excel types an ISO day as a date only where its date system has a serial for it.
  const day = asIsoDay(text);
  const serial = day ? serialIfAny(day, system) : undefined;
  if (serial !== undefined) return serial;
  if (/^[+-]/.test(text)) return { error: '#NAME?' };
  return text;
}
